using Guidebot.Knowledge.Search;
using Lucene.Net.Analysis.Da;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Reads cards/synonyms.yaml: a list of groups, each a list of words or phrases that search treats as one, or
/// words that point one way to guide concepts (<see cref="SynonymGroup.Means"/>).
/// Every problem is reported with its file and line, as <see cref="GuideLoader"/> does.
/// </summary>
public static class SynonymsLoader
{
    public const string FileName = "synonyms.yaml";
    private const string RootKey = "synonyms";
    private const string WordsKey = "words";
    private const string MeansKey = "means";

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

    // An entry is a list of terms that mean the same ("- [borger, ledig]"), or words pointing one way to guide
    // concepts ("- { words: [ondt, smerter], means: [helbred] }").
    private static SynonymGroup? Group(YamlNode node, Dictionary<string, int> seen, List<ContentError> errors) => node switch
    {
        YamlSequenceNode sequence => TwoWay(sequence, seen, errors),
        YamlMappingNode mapping => OneWay(mapping, seen, errors),
        _ => Invalid(node, errors),
    };

    private static SynonymGroup? TwoWay(YamlSequenceNode sequence, Dictionary<string, int> seen, List<ContentError> errors)
    {
        var terms = Terms(sequence, seen, errors);
        if (sequence.Children.Count < 2)
        {
            errors.Add(new ContentError(FileName, Line(sequence), "a synonym group needs at least two terms"));
            return null;
        }

        return terms is null ? null : new SynonymGroup(terms);
    }

    private static SynonymGroup? OneWay(YamlMappingNode mapping, Dictionary<string, int> seen, List<ContentError> errors)
    {
        foreach (var key in mapping.Children.Keys.Where(k => k.ToString() is not (WordsKey or MeansKey)))
        {
            errors.Add(new ContentError(FileName, Line(key), $"unknown field '{key}' (an entry with fields has '{WordsKey}:' and '{MeansKey}:')"));
        }

        var words = Field(mapping, WordsKey, errors) is { } wordList ? Terms(wordList, seen, errors) : null;
        var means = Field(mapping, MeansKey, errors) is { } meansList ? Terms(meansList, seen: null, errors) : null;
        return words is null || means is null ? null : new SynonymGroup(words) { Means = means };
    }

    private static YamlSequenceNode? Field(YamlMappingNode mapping, string key, List<ContentError> errors)
    {
        if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode { Children.Count: > 0 } list)
        {
            return list;
        }

        errors.Add(new ContentError(FileName, Line(value ?? mapping), $"'{key}:' must be a list of one or more words or phrases, e.g. {key}: [helbred]"));
        return null;
    }

    // The terms of one list, or null when any is wrong. A term typed by staff (seen is given) belongs to one entry
    // only; the guide concepts an entry means may recur.
    private static List<string>? Terms(YamlSequenceNode sequence, Dictionary<string, int>? seen, List<ContentError> errors)
    {
        if (sequence.Children.Any(child => child is not YamlScalarNode))
        {
            Invalid(sequence, errors);
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
            else if (seen is not null && !seen.TryAdd(text, Line(term)))
            {
                errors.Add(new ContentError(FileName, Line(term), $"'{text}' is already listed (line {seen[text]}); a term belongs to one group"));
            }
            else
            {
                terms.Add(text);
            }
        }

        return terms.Count == sequence.Children.Count ? terms : null;
    }

    private static SynonymGroup? Invalid(YamlNode node, List<ContentError> errors)
    {
        errors.Add(new ContentError(FileName, Line(node), "a synonym group is a list of words or phrases, e.g. - [borger, ledig], or - { words: [ondt], means: [helbred] }"));
        return null;
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
