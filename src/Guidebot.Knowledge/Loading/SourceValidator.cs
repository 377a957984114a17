using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

internal static class SourceValidator
{
    public static Dictionary<string, Source> Build(SourcesFile file, string fileName, List<ContentError> errors)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var doc in file.Sources)
        {
            if (string.IsNullOrWhiteSpace(doc.Id) || string.IsNullOrWhiteSpace(doc.Title))
            {
                errors.Add(new ContentError(fileName, doc.Line, "a source needs an id and a title"));
            }
            else if (!sources.TryAdd(doc.Id, new Source(doc.Id, doc.Title.Trim(), doc.Own)))
            {
                errors.Add(new ContentError(fileName, doc.Line, $"duplicate source id '{doc.Id}'"));
            }
        }

        return sources;
    }
}
