using Guidebot.BotFramework.Storage;
using Guidebot.Features.Feedback;
using Guidebot.Hosting;
using Guidebot.Knowledge.Content;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Guidebot.Tests.Feedback;

/// <summary>A day's feedback, views and missed searches are deleted once Feedback:RetentionDays old, on a fake clock.</summary>
public sealed class FeedbackRetentionTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly FeedbackStore _store = new(new MemoryStorage());
    private readonly UsageLog _usage;

    public FeedbackRetentionTests() => _usage = new UsageLog(_store, new TextScrubber(new Guide([], new Dictionary<string, Source>())), _time);

    [Fact]
    public async Task Prune_DayOlderThanTheRetention_IsDeletedAndYoungerDaysStay()
    {
        var first = Today;
        await RecordDayAsync("first");
        _time.Advance(TimeSpan.FromDays(1));
        await RecordDayAsync("second");
        var pruner = Pruner(retentionDays: 90);
        await pruner.PruneIfDueAsync(default);

        _time.Advance(TimeSpan.FromDays(88));
        await pruner.PruneIfDueAsync(default);
        var keptOnDay89 = await _store.ReadItemAsync(first, "item-first", default);
        _time.Advance(TimeSpan.FromDays(1));
        await pruner.PruneIfDueAsync(default);

        Assert.NotNull(keptOnDay89);
        Assert.Null(await _store.ReadItemAsync(first, "item-first", default));
        Assert.Null(await _store.ReadMissesAsync(first, default));
        Assert.Empty(await _store.ItemsOnAsync(first, default));
        Assert.Equal(1, (await _store.ReadItemAsync(first.AddDays(1), "item-second", default))!.Views);
        Assert.Equal(new MissCount(1, 0), (await _store.ReadMissesAsync(first.AddDays(1), default))!.Queries["second"]);
    }

    [Fact]
    public async Task Prune_RetentionLowered_DeletesTheDaysNowTooOld()
    {
        var first = Today;
        await RecordDayAsync("first");
        await Pruner(retentionDays: 90).PruneIfDueAsync(default);
        _time.Advance(TimeSpan.FromDays(40));
        await RecordDayAsync("later");

        await Pruner(retentionDays: 30).PruneIfDueAsync(default);

        Assert.Null(await _store.ReadItemAsync(first, "item-first", default));
        Assert.NotNull(await _store.ReadItemAsync(Today, "item-later", default));
    }

    private DateOnly Today => FeedbackKeys.Today(_time);

    private async Task RecordDayAsync(string name)
    {
        _usage.RecordView($"item-{name}");
        _usage.RecordMiss(name);
        await _usage.FlushAsync(default);
    }

    private FeedbackPruner Pruner(int retentionDays) => new(_store, Options.Create(new FeedbackOptions { RetentionDays = retentionDays }), _time);
}
