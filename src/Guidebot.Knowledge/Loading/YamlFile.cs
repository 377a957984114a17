using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Guidebot.Knowledge.Loading;

/// <summary>Reads one YAML file of cards/ strictly (unknown fields are errors), recording problems with file and line.</summary>
internal static class YamlFile
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithNodeDeserializer(
            inner => new LocationTrackingDeserializer(inner),
            syntax => syntax.InsteadOf<ObjectNodeDeserializer>())
        .Build();

    public static T? Parse<T>(string path, string name, List<ContentError> errors)
        where T : class
    {
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(name, 0, "file is missing"));
            return null;
        }

        try
        {
            using var reader = File.OpenText(path);
            var parsed = Deserializer.Deserialize<T>(reader);
            if (parsed is null)
            {
                errors.Add(new ContentError(name, 1, "file is empty"));
            }

            return parsed;
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(name, (int)ex.Start.Line, Describe(ex)));
            return null;
        }
    }

    // YamlDotNet wraps the useful message (e.g. "Property 'foo' not found") in an inner exception.
    private static string Describe(YamlException ex) =>
        ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}".Trim() : ex.Message;
}
