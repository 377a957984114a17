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
        ArgumentNullException.ThrowIfNull(guide);
        var errors = new List<ContentError>();
        var file = YamlFile.Parse<OnboardingFile>(Path.Combine(cardsPath, FileName), FileName, errors);
        var course = file is null ? null : new CourseBuilder(guide, errors).Build(file);
        if (course is null || errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        return course;
    }
}
