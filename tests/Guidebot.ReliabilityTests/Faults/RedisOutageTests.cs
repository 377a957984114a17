using System.Net;
using Guidebot.ReliabilityTests.Support;
using Microsoft.Extensions.Logging;

namespace Guidebot.ReliabilityTests.Faults;

/// <summary>Redis stopped mid-run: /readyz turns unhealthy, turns get a quick 503 with Retry-After, and all recovers when Redis returns.</summary>
public sealed class RedisOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Turns_RedisStopsAndReturns_503WhileDownAndRecoverAfter()
    {
        await using var redis = await RedisProcess.StartAsync();
        await using var factory = new ReliabilityFactory()
            .With("Storage:Provider", "Redis")
            .With("Storage:Redis:Configuration", redis.Configuration);
        using var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(15);
        Assert.NotEmpty(await client.ExchangeAsync(Turns.Message("hej", "redis-outage")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        await redis.StopAsync();

        await Poll.UntilAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.ServiceUnavailable, Patience, "/readyz to report Redis down");
        using (var refused = await client.PostActivityAsync(Turns.Message("menu", "redis-outage")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
        }

        Assert.Contains(factory.Logs.GetSnapshot(), log => log.Level == LogLevel.Error && log.Message.StartsWith("Storage unavailable", StringComparison.Ordinal));

        await redis.StartAgainAsync();

        await Poll.UntilAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, Patience, "/readyz to report Redis back");
        Assert.NotEmpty(await client.ExchangeAsync(Turns.Message("menu", "redis-outage")));
    }
}
