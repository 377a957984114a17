namespace Guidebot.BotFramework.Storage;

/// <summary>How the Redis storage connects and names its keys (<c>Storage:Redis</c>).</summary>
public sealed class RedisStorageOptions
{
    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>When set, an item expires this long after its last write; null keeps items until deleted.</summary>
    public TimeSpan? TimeToLive { get; set; }

    /// <summary>Put in front of every key, so several applications can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "guidebot:";
}
