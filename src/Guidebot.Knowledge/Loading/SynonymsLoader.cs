using Guidebot.Knowledge.Search;
using Lucene.Net.Analysis.Da;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Reads cards/synonyms.yaml: a list of groups, each a list of words or phrases that search treats as one.
/// Every problem is reported with its file and line, as <see cref="GuideLoader"/> does.
/// </summary>
public static class SynonymsLoader
{
    public const string FileName = "synonyms.yaml";
    private const string RootKey = "synonyms";

    public static IReadOnlyList<SynonymGroup> Load(string cardsPath)
    {
        var path = Path.Combine(cardsPath, FileName);
        var errors = new List<ContentError>();
        var groups = File.Exists(path) ? Parse(path, errors) : [];
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(FileName, 0, "file is missing"));
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        return groups;
    }

    private static List<SynonymGroup> Parse(string path, List<ContentError> errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(FileName, (int)ex.Start.Line, ex.Message));
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(FileName, 1, $"the file must start with '{RootKey}:'"));
            return [];
        }

        foreach (var key in root.Children.Keys.Where(k => k.ToString() != RootKey))
        {
            errors.Add(new ContentError(FileName, Line(key), $"unknown field '{key}' (only '{RootKey}:' is allowed)"));
        }

        if (!root.Children.TryGetValue(new YamlScalarNode(RootKey), out var list) || list is not YamlSequenceNode groups)
        {
            errors.Add(new ContentError(FileName, Line(root), $"'{RootKey}:' must be a list of groups, e.g. - [borger, ledig]"));
            return [];
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return [.. groups.Children.Select(node => Group(node, seen, errors)).OfType<SynonymGroup>()];
    }

    private static SynonymGroup? Group(YamlNode node, Dictionary<string, int> seen, List<ContentError> errors)
    {
        if (node is not YamlSequenceNode sequence || sequence.Children.Any(child => child is not YamlScalarNode))
        {
            errors.Add(new ContentError(FileName, Line(node), "a synonym group is a list of words or phrases, e.g. - [borger, ledig]"));
            return null;
        }

        var terms = new List<string>();
        foreach (var term in sequence.Children.Cast<YamlScalarNode>())
        {
            var text = term.Value?.Trim() ?? string.Empty;
            if (Problem(text) is { } problem)
            {
                errors.Add(new ContentError(FileName, Line(term), problem));
            }
            else if (!seen.TryAdd(text, Line(term)))
            {
                errors.Add(new ContentError(FileName, Line(term), $"'{text}' is already listed (line {seen[text]}); a term belongs to one group"));
            }
            else
            {
                terms.Add(text);
            }
        }

        if (sequence.Children.Count < 2)
        {
            errors.Add(new ContentError(FileName, Line(node), "a synonym group needs at least two terms"));
            return null;
        }

        return terms.Count == sequence.Children.Count ? new SynonymGroup(terms) : null;
    }

    private static string? Problem(string term)
    {
        if (term.Length == 0)
        {
            return "empty term";
        }

        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(word => !word.Any(char.IsLetterOrDigit) || DanishAnalyzer.DefaultStopSet.Contains(word.ToLowerInvariant()))
            ? $"'{term}' has no searchable word (only stop words such as 'og', 'at', 'ikke')"
            : null;
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
