using System.ComponentModel.DataAnnotations;

namespace Guidebot.Hosting;

/// <summary>
/// Limits on /api/messages (<c>RateLimits</c>): a token bucket per conversation, and a bound on turns running and
/// waiting in the whole process. The defaults leave room for a person clicking fast and for 4,000+ turns/s overall.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Activities one conversation may send in a burst.</summary>
    [Range(1, 100_000)]
    public int ConversationBurst { get; set; } = 20;

    /// <summary>Activities per second one conversation may keep sending after its burst.</summary>
    [Range(1, 100_000)]
    public int ConversationPerSecond { get; set; } = 10;

    /// <summary>Requests to /api/messages processed at once in this process.</summary>
    [Range(1, 100_000)]
    public int ConcurrentRequests { get; set; } = 512;

    /// <summary>Requests waiting for one of those slots; beyond this a request gets 429 at once.</summary>
    [Range(0, 1_000_000)]
    public int QueuedRequests { get; set; } = 2048;
}
