using System.Globalization;

namespace Guidebot.Features.Feedback;

/// <summary>
/// Where feedback is stored: one document per item per day, one per day for missed searches and one index per day, so
/// concurrent writers meet only on the same item on the same day. Days are UTC.
/// </summary>
internal static class FeedbackKeys
{
    public const string Pruned = "feedback/pruned";

    public static string Index(DateOnly day) => $"feedback/{Format(day)}/items";

    public static string Item(DateOnly day, string itemId) => $"feedback/{Format(day)}/item/{itemId}";

    public static string Misses(DateOnly day) => $"feedback/{Format(day)}/misses";

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
