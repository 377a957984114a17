using System.Text.Json;
using System.Text.RegularExpressions;
using Guidebot.BotFramework.Schema;

namespace Guidebot.Features.Privacy;

/// <summary>
/// Spots text that looks like a Danish CPR number (ddmmyy-xxxx, with or without the dash) anywhere in a
/// message — typed text or card inputs — so the message is answered with a reminder and goes no further.
/// </summary>
internal static partial class CprDetector
{
    private const int MaxDepth = 32;

    public static bool Contains(Activity activity) =>
        ContainsCpr(activity.Text) || (activity.Value is { } value && ContainsCpr(value, 0));

    public static bool ContainsCpr(string? text) => text is not null && CprPattern().IsMatch(text);

    private static bool ContainsCpr(JsonElement element, int depth) => depth < MaxDepth && element.ValueKind switch
    {
        JsonValueKind.String => ContainsCpr(element.GetString()),
        JsonValueKind.Object => element.EnumerateObject().Any(property => ContainsCpr(property.Value, depth + 1)),
        JsonValueKind.Array => element.EnumerateArray().Any(item => ContainsCpr(item, depth + 1)),
        _ => false,
    };

    // A valid day (01–31) and month (01–12), two year digits, then four digits; not part of a longer number.
    [GeneratedRegex(@"(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-‐–\s]?\d{4}(?!\d)")]
    private static partial Regex CprPattern();
}
