using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Guidebot.BotFramework.Turns;

/// <summary>
/// The protocol layer's traces and metrics, under the name <see cref="Name"/> (an <see cref="ActivitySource"/> and a
/// <see cref="Meter"/>). Tags carry activity types, outcomes and status codes only — never text, names or ids of people.
/// </summary>
public static class BotFrameworkTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Guidebot.BotFramework";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "guidebot.turns", "{turn}", "Turns run, by activity type and outcome (ok, repeat, failed, unavailable).");

    internal static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>(
        "guidebot.turn.duration", "s", "Time from receiving an activity to the end of its turn (replies queued or returned).");

    internal static readonly Counter<long> StorageConflicts = Meter.CreateCounter<long>(
        "guidebot.storage.conflicts", "{conflict}", "State writes refused because another turn wrote first; the turn is re-run.");

    internal static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "guidebot.delivery.activities", "{activity}", "Replies posted to the channel, by outcome (sent, failed, dropped).");

    internal static readonly UpDownCounter<long> DeliveryQueued = Meter.CreateUpDownCounter<long>(
        "guidebot.delivery.queued", "{turn}", "Turns whose replies wait in the background delivery queue.");
}
