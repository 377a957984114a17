using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>Builds the sources of sources.yaml: unique ids, a title each, and an absolute https address where one is given.</summary>
internal static class SourceValidator
{
    public static Dictionary<string, Source> Build(SourcesFile file, string fileName, ContentErrors errors)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var doc in file.Sources)
        {
            if (string.IsNullOrWhiteSpace(doc.Id) || string.IsNullOrWhiteSpace(doc.Title))
            {
                errors.Add(fileName, doc.Location, "a source needs an id and a title");
                continue;
            }

            Uri? url = null;
            if (doc.Url is not null && (!Uri.TryCreate(doc.Url, UriKind.Absolute, out url) || url.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add(fileName, doc.At("url"), $"source '{doc.Id}': url '{doc.Url}' must be an absolute https address");
            }

            if (!sources.TryAdd(doc.Id, new Source(doc.Id, doc.Title.Trim(), doc.Own, url)))
            {
                errors.Add(fileName, doc.At("id"), $"duplicate source id '{doc.Id}'");
            }
        }

        return sources;
    }
}
