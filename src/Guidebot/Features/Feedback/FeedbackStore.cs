using System.Text.Json.Serialization.Metadata;
using Guidebot.Bot;
using Guidebot.BotFramework.Storage;

namespace Guidebot.Features.Feedback;

/// <summary>
/// Reads and changes the feedback documents (<see cref="FeedbackKeys"/>) in the bot's storage. A change is read, applied and
/// written with the ETag it was read with; when another writer (a user, another instance) came first, it is applied again
/// to what is stored now, up to <see cref="MaxAttempts"/> times.
/// </summary>
internal sealed class FeedbackStore(IStorage storage)
{
    public const int MaxAttempts = 8;

    // Items this instance has seen in a day's index, so the index is read once per item and day, not on every write.
    private readonly Lock _indexed = new();
    private (DateOnly Day, HashSet<string> Items) _indexedToday = (default, []);

    /// <summary>Records a voter's 👍 (true) or 👎 for the day, replacing their earlier vote; returns that earlier vote.</summary>
    public async Task<bool?> VoteAsync(DateOnly day, string itemId, string voter, bool helpful, CancellationToken cancellationToken)
    {
        bool? before = null;
        await ChangeItemAsync(day, itemId, stored =>
        {
            before = stored.Votes.TryGetValue(voter, out var vote) ? vote : null;
            return before == helpful ? null : stored with { Votes = new(stored.Votes) { [voter] = helpful } };
        }, cancellationToken);
        return before;
    }

    /// <summary>Keeps a voter's comment for the day (their earlier one is replaced), unless the item already has <paramref name="max"/> from others.</summary>
    public Task CommentAsync(DateOnly day, string itemId, string voter, string comment, int max, CancellationToken cancellationToken) =>
        ChangeItemAsync(day, itemId, stored =>
            stored.Comments.Count >= max && !stored.Comments.ContainsKey(voter) ? null : stored with { Comments = new(stored.Comments) { [voter] = comment } },
            cancellationToken);

    public Task AddViewsAsync(DateOnly day, string itemId, int views, CancellationToken cancellationToken) =>
        ChangeItemAsync(day, itemId, stored => stored with { Views = stored.Views + views }, cancellationToken);

    /// <summary>Adds searches to a day's list, which keeps the <paramref name="max"/> most frequent and counts the rest as dropped.</summary>
    public Task AddMissesAsync(DateOnly day, IReadOnlyDictionary<string, MissCount> misses, int max, CancellationToken cancellationToken) =>
        ChangeAsync(FeedbackKeys.Misses(day), AppJson.Default.MissDay, stored =>
        {
            var queries = new Dictionary<string, MissCount>((stored ?? MissDay.Empty).Queries, StringComparer.Ordinal);
            foreach (var (query, count) in misses)
            {
                queries[query] = queries.TryGetValue(query, out var earlier) ? earlier.Plus(count) : count;
            }

            var kept = queries.OrderByDescending(entry => entry.Value.Total).Take(max).ToDictionary(StringComparer.Ordinal);
            var dropped = queries.Where(entry => !kept.ContainsKey(entry.Key)).Sum(entry => entry.Value.Total);
            return new MissDay(kept, (stored?.Dropped ?? 0) + dropped);
        }, cancellationToken);

    public async Task<IReadOnlyList<string>> ItemsOnAsync(DateOnly day, CancellationToken cancellationToken) =>
        (await storage.ReadAsync(FeedbackKeys.Index(day), AppJson.Default.DayIndex, cancellationToken))?.Value.Items ?? [];

    public async Task<ItemDay?> ReadItemAsync(DateOnly day, string itemId, CancellationToken cancellationToken) =>
        (await storage.ReadAsync(FeedbackKeys.Item(day, itemId), AppJson.Default.ItemDay, cancellationToken))?.Value;

    public async Task<MissDay?> ReadMissesAsync(DateOnly day, CancellationToken cancellationToken) =>
        (await storage.ReadAsync(FeedbackKeys.Misses(day), AppJson.Default.MissDay, cancellationToken))?.Value;

    /// <summary>Deletes everything kept for a day; false when there was nothing.</summary>
    public async Task<bool> DeleteDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var items = await ItemsOnAsync(day, cancellationToken);
        if (items.Count == 0 && await ReadMissesAsync(day, cancellationToken) is null)
        {
            return false;
        }

        foreach (var itemId in items)
        {
            await storage.DeleteAsync(FeedbackKeys.Item(day, itemId), cancellationToken);
        }

        await storage.DeleteAsync(FeedbackKeys.Misses(day), cancellationToken);
        await storage.DeleteAsync(FeedbackKeys.Index(day), cancellationToken);
        return true;
    }

    public Task<StoreItem<PruneMark>?> ReadPruneMarkAsync(CancellationToken cancellationToken) =>
        storage.ReadAsync(FeedbackKeys.Pruned, AppJson.Default.PruneMark, cancellationToken);

    /// <summary>Moves the prune mark on; false when another instance moved it first (it pruned the same days).</summary>
    public async Task<bool> MarkPrunedAsync(DateOnly through, string? eTag, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(FeedbackKeys.Pruned, new PruneMark(through), AppJson.Default.PruneMark, eTag, cancellationToken);
            return true;
        }
        catch (EtagException)
        {
            return false;
        }
    }

    // The index first: if the process stops in between, the report finds an index entry without a document, never a
    // document it cannot find.
    private async Task ChangeItemAsync(DateOnly day, string itemId, Func<ItemDay, ItemDay?> change, CancellationToken cancellationToken)
    {
        await IndexAsync(day, itemId, cancellationToken);
        await ChangeAsync(FeedbackKeys.Item(day, itemId), AppJson.Default.ItemDay, stored => change(stored ?? ItemDay.Empty), cancellationToken);
    }

    private async Task IndexAsync(DateOnly day, string itemId, CancellationToken cancellationToken)
    {
        lock (_indexed)
        {
            if (_indexedToday.Day == day && _indexedToday.Items.Contains(itemId))
            {
                return;
            }
        }

        await ChangeAsync(FeedbackKeys.Index(day), AppJson.Default.DayIndex, stored =>
            stored?.Items.Contains(itemId) == true ? null : new DayIndex([.. stored?.Items ?? [], itemId]), cancellationToken);

        lock (_indexed)
        {
            if (_indexedToday.Day != day)
            {
                _indexedToday = (day, []);
            }

            _indexedToday.Items.Add(itemId);
        }
    }

    // change gets what is stored (null: nothing yet) and returns the new value, or null when nothing is to be written.
    private async Task ChangeAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await storage.ReadAsync(key, typeInfo, cancellationToken);
            if (change(stored?.Value) is not { } changed)
            {
                return;
            }

            try
            {
                await storage.WriteAsync(key, changed, typeInfo, stored?.ETag, cancellationToken);
                return;
            }
            catch (EtagException) when (attempt < MaxAttempts)
            {
                // Another writer came first: apply the change again to what it wrote.
            }
        }
    }
}
