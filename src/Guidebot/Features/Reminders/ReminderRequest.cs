using System.Globalization;
using System.Text.RegularExpressions;

namespace Guidebot.Features.Reminders;

/// <summary>
/// A typed request for a reminder, e.g. "mind mig om opfølgning om 3 måneder": when (<see cref="Delay"/>; null when the text
/// names no delay the bot understands) and the rest of the words (<see cref="Subject"/>), which are only matched against the
/// guide in the turn — never stored or shown, as they may name the citizen.
/// </summary>
internal sealed partial record ReminderRequest(ReminderDelay? Delay, string Subject)
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = 1, ["et"] = 1, ["én"] = 1, ["ét"] = 1, ["to"] = 2, ["tre"] = 3, ["fire"] = 4, ["fem"] = 5, ["seks"] = 6,
        ["syv"] = 7, ["otte"] = 8, ["ni"] = 9, ["ti"] = 10, ["elleve"] = 11, ["tolv"] = 12,
    };

    /// <summary>The request in <paramref name="text"/>, or null when the text does not ask for a reminder.</summary>
    public static ReminderRequest? Recognize(string text)
    {
        if (TriggerPattern().Match(text) is not { Success: true } trigger)
        {
            return null;
        }

        var rest = text[(trigger.Index + trigger.Length)..];
        var delay = DelayPattern().Match(rest);
        var subject = delay.Success ? rest.Remove(delay.Index, delay.Length) : rest;
        return new ReminderRequest(delay.Success ? Read(delay) : null, Spaces().Replace(subject, " ").Trim(' ', '.', ',', '!', '?'));
    }

    private static ReminderDelay? Read(Match delay)
    {
        var count = delay.Groups["count"].Value;
        var number = NumberWords.TryGetValue(count, out var word) ? word : int.Parse(count, CultureInfo.InvariantCulture);
        var unit = delay.Groups["unit"].Value.ToLowerInvariant() switch
        {
            var u when u.StartsWith("dag", StringComparison.Ordinal) => DelayUnit.Days,
            var u when u.StartsWith("uge", StringComparison.Ordinal) => DelayUnit.Weeks,
            _ => DelayUnit.Months,
        };
        return number > 0 ? new ReminderDelay(number, unit) : null;
    }

    // "mind mig (om)", "påmind mig (om)", "husk mig (på)", "(opret/ny/sæt en) påmindelse (om)", also spelled with "aa", after an optional "kan du"/"vil du".
    [GeneratedRegex(@"^\s*(?:(?:kan|vil)\s+du\s+)?(?:(?:(?:opret|lav|sæt|saet|giv\s+mig)\s+)?(?:en\s+)?(?:ny\s+)?p(?:å|aa)mindelse|(?:p(?:å|aa))?minde?\s+mig|husk\s+mig)(?:\s+(?:om|p(?:å|aa)))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TriggerPattern();

    // "om 3 måneder", "14 dage", "om en uge", "om tolv mdr."
    [GeneratedRegex(@"(?:\bom\s+)?\b(?<count>\d{1,4}|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv)\s+(?<unit>dage?|uger?|m(?:å|aa)ned(?:er)?|mdr?)\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DelayPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>How long until a reminder, as the user said it.</summary>
internal sealed record ReminderDelay(int Count, DelayUnit Unit)
{
    /// <summary>The calendar date <see cref="Count"/> days, weeks or months after <paramref name="today"/> (the 31st plus a month is the month's last day).</summary>
    public DateOnly From(DateOnly today) => Unit switch
    {
        DelayUnit.Days => today.AddDays(Count),
        DelayUnit.Weeks => today.AddDays(7 * Count),
        _ => today.AddMonths(Count),
    };
}

/// <summary>The units a delay can be given in.</summary>
internal enum DelayUnit
{
    Days,
    Weeks,
    Months,
}
