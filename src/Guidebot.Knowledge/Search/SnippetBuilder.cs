using Guidebot.Knowledge.Content;
namespace Guidebot.Knowledge.Search;

/// <summary>
/// Picks the part of an item's body that covers most of the query (a paragraph, a list entry, a table row)
/// and cuts a window of at most <see cref="MaxLength"/> characters around the first matched word. The body
/// is analysed once, when the index is built.
/// </summary>
internal sealed class SnippetBuilder
{
    public const int MaxLength = 200;
    private const int LeadIn = 50;
    private const string Ellipsis = "…";

    private readonly (string Text, IReadOnlyList<Token> Tokens)[][] _segmentsByDoc;

    public SnippetBuilder(GuideIndex index)
    {
        _segmentsByDoc = new (string, IReadOnlyList<Token>)[index.Count][];
        for (var doc = 0; doc < index.Count; doc++)
        {
            _segmentsByDoc[doc] = [.. BlockText.Segments(index.ItemAt(doc)).Select(s => (s, DanishTextAnalyzer.Tokenize(s)))];
        }
    }

    public string Build(int doc, IReadOnlyList<ConceptMatch> concepts)
    {
        var segments = _segmentsByDoc[doc];
        if (segments.Length == 0)
        {
            return string.Empty;
        }

        var best = segments[0];
        var bestCount = 0;
        var bestStart = 0;
        foreach (var segment in segments)
        {
            var matched = concepts.Select(c => segment.Tokens.FirstOrDefault(t => IsMatch(c, t))).Where(t => t.Surface is not null).ToList();
            if (matched.Count > bestCount)
            {
                (best, bestCount, bestStart) = (segment, matched.Count, matched.Min(t => t.Start));
            }
        }

        return Window(best.Text, bestStart);
    }

    private static bool IsMatch(ConceptMatch concept, Token token) =>
        concept.Stems.Contains(token.Stem) || concept.Surfaces.Contains(token.Surface);

    private static string Window(string text, int matchStart)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var start = matchStart <= LeadIn ? 0 : WordStartAfter(text, matchStart - LeadIn);
        var budget = MaxLength - (start > 0 ? Ellipsis.Length : 0);
        if (start + budget >= text.Length)
        {
            return (start > 0 ? Ellipsis : string.Empty) + text[start..];
        }

        var end = text.LastIndexOf(' ', start + budget - Ellipsis.Length);
        end = end > start ? end : start + budget - Ellipsis.Length;
        return (start > 0 ? Ellipsis : string.Empty) + text[start..end].TrimEnd() + Ellipsis;
    }

    private static int WordStartAfter(string text, int index)
    {
        var space = text.IndexOf(' ', index);
        return space < 0 ? index : space + 1;
    }
}
