using System.ComponentModel.DataAnnotations;

namespace Guidebot.BotFramework.Turns;

/// <summary>The background delivery queue (<c>Delivery</c>): how many turns' replies may wait, and how many senders drain it.</summary>
public sealed class DeliveryOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Delivery";

    /// <summary>Turns whose replies may wait at once; beyond that a turn waits up to <see cref="EnqueueTimeout"/> for room.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Parallel senders. A conversation always goes to the same sender, so its replies keep their order.</summary>
    [Range(1, 256)]
    public int Workers { get; set; } = 16;

    /// <summary>How long a turn waits for room in a full queue before its replies are dropped (and logged).</summary>
    public TimeSpan EnqueueTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
