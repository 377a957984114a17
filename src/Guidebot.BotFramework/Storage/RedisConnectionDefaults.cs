using StackExchange.Redis;

namespace Guidebot.BotFramework.Storage;

/// <summary>
/// Fail-fast defaults for the Redis connection, applied unless the configuration string sets them: start even when
/// Redis is down and keep reconnecting in the background (<c>abortConnect=false</c>), and give up on a connect or a
/// command after 2 s, so a turn gets a clear 503 instead of hanging on a dead server.
/// </summary>
internal static class RedisConnectionDefaults
{
    internal const int TimeoutMilliseconds = 2000;

    public static ConfigurationOptions Apply(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        if (!Names(configuration, "abortConnect"))
        {
            options.AbortOnConnectFail = false;
        }

        if (!Names(configuration, "connectTimeout"))
        {
            options.ConnectTimeout = TimeoutMilliseconds;
        }

        if (!Names(configuration, "syncTimeout"))
        {
            options.SyncTimeout = TimeoutMilliseconds;
        }

        if (!Names(configuration, "asyncTimeout"))
        {
            options.AsyncTimeout = TimeoutMilliseconds;
        }

        return options;
    }

    private static bool Names(string configuration, string key) =>
        configuration.Contains(key + "=", StringComparison.OrdinalIgnoreCase);
}
