using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Onboarding;

/// <summary>
/// Reads cards/onboarding.yaml into a <see cref="Course"/>, checking every item id against the guide and
/// every quiz against the item it is based on. Every problem is reported at once with its file and line.
/// </summary>
public static class OnboardingLoader
{
    public const string FileName = "onboarding.yaml";

    public static Course Load(string cardsPath, Guide guide)
    {
        var errors = new ContentErrors();
        var course = Load(cardsPath, guide, errors);
        errors.ThrowIfAny();
        return course!;
    }

    internal static Course? Load(string cardsPath, Guide guide, ContentErrors errors)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var file = YamlFile.Parse<OnboardingFile>(Path.Combine(cardsPath, FileName), FileName, errors);
        return file is null ? null : new CourseBuilder(guide, errors).Build(file);
    }
}
