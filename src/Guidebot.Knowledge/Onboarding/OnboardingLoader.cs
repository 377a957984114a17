using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Guidebot.Knowledge.Onboarding;

/// <summary>
/// Reads cards/onboarding.yaml into a <see cref="Course"/>, checking every item id against the guide and
/// every quiz against the item it is based on. Every problem is reported at once with its file and line.
/// </summary>
public static class OnboardingLoader
{
    public const string FileName = "onboarding.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithNodeDeserializer(
            inner => new LocationTrackingDeserializer(inner),
            syntax => syntax.InsteadOf<ObjectNodeDeserializer>())
        .Build();

    public static Course Load(string cardsPath, Guide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var errors = new List<ContentError>();
        var file = Parse(Path.Combine(cardsPath, FileName), errors);
        var course = file is null ? null : new CourseBuilder(guide, errors).Build(file);
        if (course is null || errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        return course;
    }

    private static OnboardingFile? Parse(string path, List<ContentError> errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(FileName, 0, "file is missing"));
            return null;
        }

        try
        {
            using var reader = File.OpenText(path);
            var parsed = Yaml.Deserialize<OnboardingFile>(reader);
            if (parsed is null)
            {
                errors.Add(new ContentError(FileName, 1, "file is empty"));
            }

            return parsed;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}".Trim() : ex.Message;
            errors.Add(new ContentError(FileName, (int)ex.Start.Line, message));
            return null;
        }
    }
}
