using System.Text;
using Guidebot.BotFramework.Cards;

namespace Guidebot.Cards;

/// <summary>
/// Shows text a user typed inside a card safely: only in a TextRun (which no renderer treats as
/// Markdown), without control characters, and shortened — so it cannot add links, formatting or structure.
/// </summary>
internal static class UserText
{
    public const int MaxLength = 80;

    public static TextRun Run(string typed) => new() { Text = Clean(typed), Italic = true };

    public static string Clean(string typed)
    {
        var text = new StringBuilder(Math.Min(typed.Length, MaxLength + 1));
        foreach (var c in typed)
        {
            text.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
            if (text.Length > MaxLength)
            {
                break;
            }
        }

        var cleaned = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return cleaned.Length > MaxLength ? cleaned[..MaxLength] + "…" : cleaned;
    }
}
