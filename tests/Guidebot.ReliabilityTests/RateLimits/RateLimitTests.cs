using System.IO.Pipelines;
using System.Net;
using System.Text;
using Guidebot.ReliabilityTests.Support;

namespace Guidebot.ReliabilityTests.RateLimits;

/// <summary>Floods get 429 with Retry-After, per conversation and for the process as a whole, instead of an unbounded queue.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Post_ConversationFlood_Gets429WithRetryAfterAndOtherConversationsStillRun()
    {
        await using var factory = new ReliabilityFactory()
            .With("RateLimits:ConversationBurst", "3")
            .With("RateLimits:ConversationPerSecond", "1");
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.ExchangeAsync(Turns.Message("menu", "flooded"));
        }

        var before = StorageSnapshot.Take(factory.DatabasePath);
        using var refused = await client.PostActivityAsync(Turns.Message("menu", "flooded"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "429 names a Retry-After of at least a second");
        Assert.Equal(before, StorageSnapshot.Take(factory.DatabasePath));
        Assert.NotEmpty(await client.ExchangeAsync(Turns.Message("menu", "someone-else")));
    }

    [Fact]
    public async Task Post_MoreConcurrentRequestsThanAllowed_Gets429WithRetryAfterAtOnce()
    {
        await using var factory = new ReliabilityFactory()
            .With("RateLimits:ConcurrentRequests", "1")
            .With("RateLimits:QueuedRequests", "0");
        using var client = factory.CreateClient();
        var pipe = new Pipe();
        using var slowBody = new StreamContent(pipe.Reader.AsStream());
        slowBody.Headers.ContentType = new("application/json");
        var json = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(Turns.Message("menu", "slow-upload"), Guidebot.BotFramework.Schema.BotFrameworkJson.Default.Activity));
        await pipe.Writer.WriteAsync(json.AsMemory(0, 10));
        var holding = client.PostAsync(Turns.MessagesPath, slowBody);

        HttpResponseMessage? refused = null;
        await Poll.UntilAsync(
            async () =>
            {
                refused?.Dispose();
                refused = await client.PostActivityAsync(Turns.Message("menu", "second"));
                return refused.StatusCode == HttpStatusCode.TooManyRequests;
            },
            TimeSpan.FromSeconds(10),
            "the second request to be refused while the first holds the only slot");

        Assert.Equal("1", refused!.Headers.GetValues("Retry-After").Single());
        refused.Dispose();
        await pipe.Writer.WriteAsync(json.AsMemory(10));
        await pipe.Writer.CompleteAsync();
        using var first = await holding;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }
}
