using System.Text;
using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Support;

/// <summary>
/// A source document from ../shared/seeds/, normalised so content can be compared with it: words hyphenated
/// across a line break joined (also across the blank lines some extractions put after every line; a hyphen
/// before a capital letter is kept, "præsentations-CV’et"), whitespace folded, typographic quotes and dashes
/// made plain, case ignored, and on request the extraction's markup stripped.
/// </summary>
public sealed partial class SeedText
{
    public const string Raaderum = "raaderum-10-guidelines.txt";
    public const string Cabi = "cabi-haandbog-job-og-virksomhedskonsulent.txt";
    public const string FlereSkalMed = "flere-skal-med-II-indsatsmodel.txt";
    public const string Faglighed = "faglighed-i-beskaeftigelsesindsatsen.txt";

    /// <summary>The marks that open a list entry in the seeds: '•' (Cabi) and the ticked box U+F0FC (Flere skal med).</summary>
    public static readonly char[] BulletMarks = ['•', '\uF0FC'];

    private readonly SeedMarkup _markup;
    private readonly string _normalised;

    private SeedText(string raw, SeedMarkup markup)
    {
        _markup = markup;
        var joined = JoinHyphenated(raw);
        Lines = joined.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        _normalised = Comparable(joined);
    }

    private SeedText(SeedText original, string normalised)
    {
        _markup = original._markup;
        Lines = original.Lines;
        _normalised = normalised;
    }

    /// <summary>The seed's lines as extracted (markup kept), after words hyphenated across line breaks are joined.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Loads a seed document, skipping the test when ../shared/ is absent.</summary>
    public static SeedText Load(string fileName, SeedMarkup markup = SeedMarkup.Keep) =>
        new(File.ReadAllText(SharedFolder.Require("seeds", fileName), Encoding.UTF8), markup);

    /// <summary>
    /// True when the text occurs in the seed as whole words, so a truncated word fails. A letter glued to a digit
    /// counts as a word boundary: the extraction glues a table's text to the next cell's number ("observationer3.").
    /// </summary>
    public bool Contains(string contentText)
    {
        var needle = Comparable(contentText);
        for (var at = _normalised.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = _normalised.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var end = at + needle.Length;
            if ((at == 0 || WordBoundary(_normalised[at - 1], needle[0])) && (end == _normalised.Length || WordBoundary(needle[^1], _normalised[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>This seed with one reviewed correction applied: <paramref name="source"/> replaced by <paramref name="corrected"/>, both compared as the seed compares.</summary>
    public SeedText Corrected(string source, string corrected) =>
        new(this, _normalised.Replace(Comparable(source), Comparable(corrected), StringComparison.Ordinal));

    /// <summary>True when the piece occurs anywhere in the seed, also inside a word (for pieces cut at a column seam).</summary>
    public bool ContainsPiece(string piece) => _normalised.Contains(Comparable(piece), StringComparison.Ordinal);

    /// <summary>Where the text first occurs in the normalised seed, or -1.</summary>
    public int IndexOf(string contentText) => _normalised.IndexOf(Comparable(contentText), StringComparison.Ordinal);

    /// <summary>The normalised seed text after the first <paramref name="start"/> and before the next <paramref name="end"/>.</summary>
    public string Between(string start, string end)
    {
        var from = IndexOf(start);
        Assert.True(from >= 0, $"seed has no '{start}'");
        from += Comparable(start).Length;
        var to = _normalised.IndexOf(Comparable(end), from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"seed has no '{end}' after '{start}'");
        return _normalised[from..to];
    }

    /// <summary>The list entries (see <see cref="BulletMarks"/>) between two markers, normalised, continuation lines included.</summary>
    public IReadOnlyList<string> Bullets(string start, string end) =>
        [.. Between(start, end).Split(BulletMarks).Skip(1).Select(b => b.Trim())];

    /// <summary>The text as this seed compares it: markup stripped when the seed was loaded so, then normalised.</summary>
    public string Comparable(string text) => Normalise(_markup == SeedMarkup.Strip ? Markup().Replace(text, string.Empty) : text);

    public static string Normalise(string text)
    {
        var joined = JoinHyphenated(text);
        var plain = new StringBuilder(joined.Length);
        foreach (var c in joined)
        {
            plain.Append(c switch
            {
                '”' or '“' or '„' or '«' or '»' => '"',
                '’' or '‘' or '´' => '\'',
                '–' or '—' or '‑' => '-',
                '\u00AD' => '\0',
                _ => char.ToLowerInvariant(c),
            });
        }

        return Whitespace().Replace(plain.Replace("\0", string.Empty).ToString(), " ").Trim();
    }

    private static bool WordBoundary(char before, char after) =>
        !char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after) || char.IsDigit(before) != char.IsDigit(after);

    private static string JoinHyphenated(string text) =>
        HyphenBeforeCapital().Replace(HyphenBeforeLower().Replace(text, "$1$2"), "$1-$2");

    [GeneratedRegex(@"(\p{L})-[ \t]*(?:\r?\n[ \t]*)+(\p{Ll})")]
    private static partial Regex HyphenBeforeLower();

    [GeneratedRegex(@"(\p{L})-[ \t]*(?:\r?\n[ \t]*)+(\p{Lu})")]
    private static partial Regex HyphenBeforeCapital();

    [GeneratedRegex(@"</?i>|\*+|\^\{[^}]*\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
