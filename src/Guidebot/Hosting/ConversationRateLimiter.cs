using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Guidebot.Hosting;

/// <summary>
/// A token bucket per conversation, consulted after the activity is read and authenticated: only the real channel
/// can spend a conversation's budget, and the body is parsed once. Idle buckets are dropped by the limiter itself.
/// </summary>
internal sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationRateLimiter(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversation => RateLimitPartition.GetTokenBucketLimiter(
            conversation,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.ConversationBurst,
                TokensPerPeriod = limits.ConversationPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Null when the turn may run; otherwise the seconds the caller should wait (Retry-After).</summary>
    public int? TryAcquire(string channelId, string conversationId)
    {
        using var lease = _limiter.AttemptAcquire($"{channelId}/{conversationId}");
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
    }

    public void Dispose() => _limiter.Dispose();
}
