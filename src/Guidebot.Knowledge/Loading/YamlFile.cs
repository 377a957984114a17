using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Guidebot.Knowledge.Loading;

/// <summary>Reads one YAML file of cards/ strictly (see <see cref="StrictObjectDeserializer"/>), recording problems with file, line and column.</summary>
internal static class YamlFile
{
    public static T? Parse<T>(string path, string name, ContentErrors errors)
        where T : LocatedDoc
    {
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(name, 0, "file is missing"));
            return null;
        }

        var deserializer = new DeserializerBuilder()
            .WithNodeDeserializer(new StrictObjectDeserializer(name, errors), syntax => syntax.OnTop())
            .Build();
        try
        {
            using var reader = File.OpenText(path);
            var parsed = deserializer.Deserialize<T>(reader);
            if (parsed is null)
            {
                errors.Add(new ContentError(name, 1, "file is empty"));
            }

            return parsed;
        }
        catch (YamlException ex)
        {
            errors.Add(name, new Location((int)ex.Start.Line, (int)ex.Start.Column), Describe(ex));
            return null;
        }
    }

    // YamlDotNet wraps the useful message in an inner exception; its outer one repeats the position.
    private static string Describe(YamlException ex) =>
        (ex.InnerException is { } inner ? inner.Message : ex.Message).Trim();
}
