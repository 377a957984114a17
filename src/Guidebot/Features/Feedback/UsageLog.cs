namespace Guidebot.Features.Feedback;

/// <summary>
/// Counts which items are shown and which searches find no good answer (or get a 👎), per UTC day, in memory;
/// <see cref="FlushAsync"/> adds the counts to storage (every Feedback:FlushInterval and when the host stops), so a busy
/// item or a busy day costs one write per interval instead of one per turn. Nothing about the user is counted; a search
/// is kept only scrubbed (<see cref="TextScrubber"/>), in lower case and shortened to <see cref="MaxQueryLength"/>.
/// </summary>
internal sealed class UsageLog(FeedbackStore store, TextScrubber scrubber, TimeProvider time)
{
    public const int MaxQueryLength = 100;
    public const int MaxQueriesPerDay = 500;

    // Far more than a flush interval brings; reached only when storage has been unreachable for long.
    private const int MaxPending = 10_000;

    private readonly PendingCounts<(DateOnly Day, string Item)> _views = new(MaxPending);
    private readonly PendingCounts<(DateOnly Day, string Query, bool Disliked)> _misses = new(MaxPending);

    public void RecordView(string itemId) => _views.Add((Today, itemId));

    /// <summary>A search the bot had no good answer to.</summary>
    public void RecordMiss(string query) => RecordMiss(query, disliked: false);

    /// <summary>A search whose answer got a 👎.</summary>
    public void RecordDislikedAnswer(string query) => RecordMiss(query, disliked: true);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SaveAsync(_views, view => view, (view, counts, ct) => store.AddViewsAsync(view.Day, view.Item, counts.Sum(c => c.Value), ct), cancellationToken);
        await SaveAsync(_misses, miss => miss.Day, (day, counts, ct) => store.AddMissesAsync(day, MissCounts(counts), MaxQueriesPerDay, ct), cancellationToken);
    }

    private DateOnly Today => FeedbackKeys.Today(time);

    private void RecordMiss(string query, bool disliked)
    {
        var kept = scrubber.Scrub(query, MaxQueryLength).ToLowerInvariant();
        if (kept.Length > 0)
        {
            _misses.Add((Today, kept, disliked));
        }
    }

    private static Dictionary<string, MissCount> MissCounts(IEnumerable<KeyValuePair<(DateOnly Day, string Query, bool Disliked), int>> counts) =>
        counts.GroupBy(miss => miss.Key.Query, StringComparer.Ordinal).ToDictionary(
            query => query.Key,
            query => new MissCount(query.Where(m => !m.Key.Disliked).Sum(m => m.Value), query.Where(m => m.Key.Disliked).Sum(m => m.Value)),
            StringComparer.Ordinal);

    // One write per group (an item's views on a day, a day's searches); what is not saved is counted again with the next counts.
    private static async Task SaveAsync<TKey, TGroup>(
        PendingCounts<TKey> pending,
        Func<TKey, TGroup> groupOf,
        Func<TGroup, IEnumerable<KeyValuePair<TKey, int>>, CancellationToken, Task> save,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        var groups = pending.TakeAll().GroupBy(count => groupOf(count.Key)).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            try
            {
                await save(groups[i].Key, groups[i], cancellationToken);
            }
            catch
            {
                pending.AddAll(groups.Skip(i).SelectMany(group => group));
                throw;
            }
        }
    }
}
