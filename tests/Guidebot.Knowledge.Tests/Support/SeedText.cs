using System.Text;
using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Support;

/// <summary>
/// A source document from ../shared/seeds/, normalised so content can be compared with it: PDF line-break
/// hyphenation joined, whitespace folded, typographic quotes and dashes made plain, case ignored.
/// </summary>
public sealed partial class SeedText
{
    public const string Raaderum = "raaderum-10-guidelines.txt";
    public const string Cabi = "cabi-haandbog-job-og-virksomhedskonsulent.txt";
    public const string FlereSkalMed = "flere-skal-med-II-indsatsmodel.txt";
    public const string Faglighed = "faglighed-i-beskaeftigelsesindsatsen.txt";

    private readonly string _normalised;

    private SeedText(string raw) => _normalised = Normalise(raw);

    /// <summary>Loads a seed document, skipping the test when ../shared/ is absent.</summary>
    public static SeedText Load(string fileName) =>
        new(File.ReadAllText(SharedFolder.Require("seeds", fileName), Encoding.UTF8));

    public bool Contains(string contentText) => _normalised.Contains(Normalise(contentText), StringComparison.Ordinal);

    public static string Normalise(string text)
    {
        var joined = HyphenatedLineBreak().Replace(text, "$1$2");
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

    [GeneratedRegex(@"(\p{L})-[ \t]*\r?\n[ \t]*(\p{Ll})")]
    private static partial Regex HyphenatedLineBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
