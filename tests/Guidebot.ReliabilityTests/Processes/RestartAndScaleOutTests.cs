using System.Text.Json.Nodes;
using Guidebot.ReliabilityTests.Faults;
using Guidebot.ReliabilityTests.Support;
using Guidebot.Testing.Turns;

namespace Guidebot.ReliabilityTests.Processes;

/// <summary>
/// PROCESS-LEVEL tests (Category=Process): the built bot runs as real processes. Killed with SIGKILL mid-way through
/// browsing the guide and started again, the conversation continues at the same place (SQLite and Redis); two
/// processes on one Redis share one conversation without losing an update; SIGTERM drains replies still in flight.
/// </summary>
[Trait("Category", "Process")]
public sealed class RestartAndScaleOutTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guidebot-process-").FullName;
    private RedisProcess? _redis;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Redis")]
    public async Task Sigkill_MidWalkThroughTheGuide_ContinuesAtTheSameStepAfterRestart(string provider)
    {
        await using var bot = await BotProcess.StartAsync(await StorageAsync(provider));
        const string conversation = "killed-mid-walk";
        var menu = Assert.Single(await bot.Client.ExchangeAsync(Turns.Message("hej", conversation)));
        var area = Assert.Single(await bot.Client.ExchangeAsync(Turns.Click(CardButtons.Data(menu, "area"), conversation)));
        var item = Assert.Single(await bot.Client.ExchangeAsync(Turns.Click(CardButtons.Data(area, "item"), conversation)));

        await bot.KillAsync();
        await bot.StartAgainAsync();

        var back = Assert.Single(await bot.Client.ExchangeAsync(Turns.Message("tilbage", conversation)));
        Assert.Equal(CardButtons.Titles(area), CardButtons.Titles(back));
        Assert.NotEqual(CardButtons.Titles(item), CardButtons.Titles(back));
    }

    [Fact]
    public async Task TwoProcessesOnOneRedis_TurnsOfOneConversationAlternateAndRace_NoUpdateIsLost()
    {
        var storage = await StorageAsync("Redis");
        await using var first = await BotProcess.StartAsync(storage);
        await using var second = await BotProcess.StartAsync(storage);
        const string conversation = "scaled-out";
        var menu = Assert.Single(await first.Client.ExchangeAsync(Turns.Message("hej", conversation)));
        var area = Assert.Single(await second.Client.ExchangeAsync(Turns.Click(CardButtons.Data(menu, "area"), conversation)));
        var items = area.SubmitButtons().Where(b => CardButtons.Verb(b.Data) == "item").ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var client = (i % 2 == 0 ? first : second).Client;
            Assert.Single(await client.ExchangeAsync(Turns.Click(JsonNode.Parse(items[i].Data.GetRawText())!, conversation)));
        }

        // The last item opened (by whichever process) is where "tilbage" starts from, on either process.
        var back = Assert.Single(await first.Client.ExchangeAsync(Turns.Message("tilbage", conversation)));
        Assert.Equal(CardButtons.Titles(area), CardButtons.Titles(back));

        // 16 turns at once, half on each process: every one is saved (a write conflict re-runs the turn), so every id is
        // remembered and a re-delivery of any of them, to either process, runs nothing.
        var racing = Enumerable.Range(0, 16).Select(i => Turns.Message("menu", conversation)).ToList();
        await Task.WhenAll(racing.Select((activity, i) => (i % 2 == 0 ? first : second).Client.ExchangeAsync(activity)));
        foreach (var (activity, i) in racing.Select((a, i) => (a, i)))
        {
            Assert.Empty(await (i % 2 == 0 ? second : first).Client.ExchangeAsync(activity));
        }
    }

    [Fact]
    public async Task Sigterm_WhileAReplyIsStillBeingDelivered_DeliversItBeforeExiting()
    {
        await using var connector = await ScriptedConnector.StartAsync();
        var release = new TaskCompletionSource();
        connector.ThenHoldUntil(release.Task);
        try
        {
            await using var bot = await BotProcess.StartAsync(await StorageAsync("Sqlite"));

            using var response = await bot.Client.PostActivityAsync(Turns.Message("hej", "terminated", connector.ServiceUrl, expectReplies: false));
            Assert.True(response.IsSuccessStatusCode);
            await Poll.UntilAsync(() => connector.Attempts == 1, TimeSpan.FromSeconds(10), "the reply to reach the connector");
            await bot.SignalTerminateAsync();
            await Poll.UntilAsync(() => bot.Output.Contains("Application is shutting down", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the bot to begin shutting down");
            release.SetResult();

            Assert.Equal(0, await bot.WaitForExitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(1, connector.Accepted);
        }
        finally
        {
            // The connector cannot stop while it holds a request.
            release.TrySetResult();
        }
    }

    private async Task<IReadOnlyDictionary<string, string>> StorageAsync(string provider)
    {
        if (provider == "Sqlite")
        {
            return new Dictionary<string, string> { ["Storage__Provider"] = "Sqlite", ["Storage__Sqlite__Path"] = Path.Combine(_directory, "state.db") };
        }

        _redis ??= await RedisProcess.StartAsync();
        return new Dictionary<string, string> { ["Storage__Provider"] = "Redis", ["Storage__Redis__Configuration"] = _redis.Configuration };
    }
}
