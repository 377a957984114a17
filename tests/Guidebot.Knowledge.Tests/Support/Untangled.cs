using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Support;

/// <summary>
/// A card text that is not contiguous in its seed (columns interleaved, a figure in the middle, letters cropped),
/// written as the seed pieces it is made of: '|' marks a seam, '[…]' what the card restored or added at a seam
/// (letters the PDF cropped at a column edge, a label's colon), which is not in the seed and so not checked.
/// Removing the marks gives the text as the YAML holds it.
/// </summary>
public static partial class Untangled
{
    /// <summary>The text as the card shows it.</summary>
    public static string Display(string encoded) =>
        Restored().Replace(encoded.Replace("|", string.Empty, StringComparison.Ordinal), "$1");

    /// <summary>The pieces that must each occur in the seed.</summary>
    public static IEnumerable<string> Pieces(string encoded) =>
        Seam().Split(encoded).Select(p => p.Trim()).Where(p => p.Length > 0);

    [GeneratedRegex(@"\[([^\]]+)\]")]
    private static partial Regex Restored();

    [GeneratedRegex(@"\||\[[^\]]+\]")]
    private static partial Regex Seam();
}
