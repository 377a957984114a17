using System.Diagnostics.Metrics;

namespace Guidebot.Hosting;

/// <summary>The bot's own metrics (meter <c>Guidebot</c>); tags never carry what the user typed.</summary>
internal static class GuideTelemetry
{
    public const string Name = "Guidebot";

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> SearchQueries = Meter.CreateCounter<long>(
        "guidebot.search.queries", "{query}", "Free-text searches, by outcome (hit: at least one item found; miss: none).");

    /// <summary>Counts one free-text search; call it where the bot answers a typed question.</summary>
    public static void RecordSearch(bool hit) =>
        SearchQueries.Add(1, new KeyValuePair<string, object?>("outcome", hit ? "hit" : "miss"));
}
