using Guidebot.BotFramework.Storage;
using Guidebot.Features.Feedback;
using Guidebot.Knowledge.Content;
using Microsoft.Data.Sqlite;

namespace Guidebot.Tests.Feedback;

/// <summary>The feedback documents in real storage: two instances writing at once, and the limits of the miss log.</summary>
public sealed class FeedbackStoreTests : IDisposable
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    private readonly string _folder = Directory.CreateTempSubdirectory("guidebot-feedback-").FullName;

    [Fact]
    public async Task Vote_TwoInstancesOnOneSqliteFileAtOnce_CountsEveryVote()
    {
        using var first = new SqliteStorage(new SqliteStorageOptions { Path = Path.Combine(_folder, "state.db") });
        using var second = new SqliteStorage(new SqliteStorageOptions { Path = Path.Combine(_folder, "state.db") });
        var stores = new[] { new FeedbackStore(first), new FeedbackStore(second) };

        // On the thread pool, so the read-change-write rounds of the two instances overlap.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(n => Task.Run(() => stores[n % 2].VoteAsync(Day, "item", $"voter-{n}", helpful: n < 2, default))));

        var stored = await stores[0].ReadItemAsync(Day, "item", default);
        Assert.Equal((2, 4), (stored!.Up, stored.Down));
        Assert.Equal(["item"], await stores[1].ItemsOnAsync(Day, default));
    }

    [Fact]
    public async Task AddMisses_MoreDifferentSearchesThanADayHolds_KeepsTheMostFrequentAndCountsTheRest()
    {
        var store = new FeedbackStore(new MemoryStorage());

        await store.AddMissesAsync(Day, new Dictionary<string, MissCount> { ["a"] = new(5, 0), ["b"] = new(1, 0) }, 2, default);
        await store.AddMissesAsync(Day, new Dictionary<string, MissCount> { ["c"] = new(2, 1), ["b"] = new(0, 1) }, 2, default);

        var day = await store.ReadMissesAsync(Day, default);
        Assert.Equal(["a", "c"], day!.Queries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, day.Dropped);
    }

    [Fact]
    public async Task RecordMiss_LongSearch_IsKeptShortened()
    {
        var store = new FeedbackStore(new MemoryStorage());
        var usage = new UsageLog(store, new TextScrubber(new Guide([], new Dictionary<string, Source>())), TimeProvider.System);

        usage.RecordMiss(string.Join(' ', Enumerable.Repeat("hvordan", 40)));
        await usage.FlushAsync(default);

        var kept = Assert.Single((await store.ReadMissesAsync(FeedbackKeys.Today(TimeProvider.System), default))!.Queries.Keys);
        Assert.InRange(kept.Length, UsageLog.MaxQueryLength - "hvordan".Length, UsageLog.MaxQueryLength);
        Assert.StartsWith("hvordan hvordan", kept, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
