using System.Globalization;
using System.Text;

namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Folds text for forgiving comparison: lower case, accents dropped, æ/ø/å spelled ae/oe/aa, punctuation
/// dropped, spaces collapsed — so "Forældre", "foraeldre" and "forældre!" compare equal.
/// </summary>
public static class TextFolding
{
    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 4);
        var pendingSpace = false;
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var replacement = c switch
            {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark => string.Empty,
                _ when char.IsLetterOrDigit(c) => null,
                _ => " ",
            };
            if (replacement == " ")
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (replacement is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(replacement);
            }
        }

        return builder.ToString();
    }
}
