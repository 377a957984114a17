using System.Text;
using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Onboarding;

/// <summary>
/// Compares quiz text with an item's body: case, whitespace, **bold** markup, typographic quotes and dashes
/// do not count, so a quote copied from the card matches however it was typed.
/// </summary>
internal static class SourceText
{
    public static string Of(Item item) => Normalise(string.Join(' ', BlockText.Segments(item)));

    public static string Normalise(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Replace("**", string.Empty, StringComparison.Ordinal))
        {
            plain.Append(c switch
            {
                '”' or '“' or '„' or '«' or '»' => '"',
                '’' or '‘' or '´' => '\'',
                '–' or '—' or '‑' => '-',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
