using System.Text.RegularExpressions;

namespace Guidebot.Features.Privacy;

/// <summary>
/// Takes what looks like personal data out of a short text before the bot keeps it (a search without an answer, a feedback
/// comment): e-mail addresses, numbers of six digits or more (CPR, phone, case and journal numbers, dates, even when grouped
/// by spaces, dashes, dots or slashes) and capitalised words inside a sentence that the guide never uses (most likely
/// names). A safety net behind the CPR guard and the reminder, not a guarantee: a name typed in lower case or first in a
/// sentence stays, and so does a health detail.
/// </summary>
internal static partial class PersonalDataScrubber
{
    public const string Email = "[e-mail]";
    public const string Number = "[nummer]";
    public const string Name = "[navn]";

    /// <param name="text">What the user typed.</param>
    /// <param name="isGuideWord">Whether a word (in lower case) is one the guide uses; such words are never taken for names.</param>
    public static string Scrub(string text, Func<string, bool> isGuideWord)
    {
        var scrubbed = EmailPattern().Replace(text, Email);
        scrubbed = NumberPattern().Replace(scrubbed, Number);
        return CapitalisedWordPattern().Replace(scrubbed, word =>
            StartsSentence(scrubbed, word.Index) || isGuideWord(word.Value.ToLowerInvariant()) ? word.Value : Name);
    }

    // The first word of the text or of a sentence is capitalised anyway (phones do it), so it says nothing about a name.
    private static bool StartsSentence(string text, int index)
    {
        var before = text[..index].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or '"' or '”' or '(';
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+")]
    private static partial Regex EmailPattern();

    // Six digits or more, each separated from the next by at most one space, dash, dot or slash; a leading + kept with them.
    [GeneratedRegex(@"\+?(?<!\d)\d(?:[\s./‐–-]?\d){5,}(?!\d)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}\[])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])")]
    private static partial Regex CapitalisedWordPattern();
}
