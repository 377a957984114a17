using Guidebot.Hosting;
using Guidebot.Knowledge.Content;
using Microsoft.Extensions.Options;

namespace Guidebot.Features.Feedback;

/// <summary>Adds up the stored days of a period into a <see cref="FeedbackReport"/>.</summary>
internal sealed class FeedbackReader(FeedbackStore store, Guide guide, IOptions<FeedbackOptions> options, TimeProvider time)
{
    public const int DefaultDays = 30;

    /// <summary>An item needs this many votes to be listed as worst-rated: one 👎 alone says little.</summary>
    public const int MinVotes = 3;

    public const int TopMisses = 20;
    public const int TopWorstRated = 10;
    public const int CommentsPerItem = 3;

    /// <summary>The report of the last <paramref name="days"/> days up to today, at most Feedback:RetentionDays (older days are gone).</summary>
    public async Task<FeedbackReport> ReadAsync(int days, CancellationToken cancellationToken)
    {
        var to = FeedbackKeys.Today(time);
        var from = to.AddDays(1 - Math.Clamp(days, 1, options.Value.RetentionDays));
        var items = new Dictionary<string, ItemTally>(StringComparer.Ordinal);
        var misses = new Dictionary<string, MissCount>(StringComparer.Ordinal);
        var dropped = 0;

        // Newest day first, so the comments each item keeps are its latest.
        for (var day = to; day >= from; day = day.AddDays(-1))
        {
            foreach (var itemId in await store.ItemsOnAsync(day, cancellationToken))
            {
                if (await store.ReadItemAsync(day, itemId, cancellationToken) is { } stored)
                {
                    items[itemId] = items.GetValueOrDefault(itemId, ItemTally.None).Plus(stored);
                }
            }

            if (await store.ReadMissesAsync(day, cancellationToken) is { } missDay)
            {
                foreach (var (query, count) in missDay.Queries)
                {
                    misses[query] = misses.TryGetValue(query, out var earlier) ? earlier.Plus(count) : count;
                }

                dropped += missDay.Dropped;
            }
        }

        return new FeedbackReport(
            from,
            to,
            new ReportTotals(
                items.Values.Sum(tally => tally.Views),
                items.Values.Sum(tally => tally.Up),
                items.Values.Sum(tally => tally.Down),
                items.Values.Sum(tally => tally.Comments.Count),
                misses.Values.Sum(count => count.NoAnswer),
                misses.Values.Sum(count => count.Disliked),
                dropped),
            [.. misses.Select(miss => new MissedQuery(miss.Key, miss.Value.NoAnswer, miss.Value.Disliked)).OrderByDescending(miss => miss.Total).ThenBy(miss => miss.Query, StringComparer.Ordinal).Take(TopMisses)],
            WorstRated(items),
            NeverVisited(items));
    }

    // Items that are no longer in the guide are left out: there is nothing to edit.
    private List<RatedItem> WorstRated(Dictionary<string, ItemTally> items) =>
    [
        .. items
            .Where(item => item.Value.Down > 0 && item.Value.Up + item.Value.Down >= MinVotes)
            .Select(item => guide.FindItem(item.Key) is { } found ? new RatedItem(found, item.Value.Up, item.Value.Down, [.. item.Value.Comments.Take(CommentsPerItem)]) : null)
            .OfType<RatedItem>()
            .OrderByDescending(item => (double)item.Down / item.Votes)
            .ThenByDescending(item => item.Down)
            .Take(TopWorstRated),
    ];

    private List<AreaGaps> NeverVisited(Dictionary<string, ItemTally> items) =>
    [
        .. guide.Areas
            .Select(area => new AreaGaps(area, [.. area.Items.Where(item => items.GetValueOrDefault(item.Id, ItemTally.None).Views == 0)]))
            .Where(area => area.Items.Count > 0),
    ];

    private sealed record ItemTally(int Views, int Up, int Down, IReadOnlyList<string> Comments)
    {
        public static ItemTally None { get; } = new(0, 0, 0, []);

        public ItemTally Plus(ItemDay day) => new(Views + day.Views, Up + day.Up, Down + day.Down, [.. Comments, .. day.Comments.Values]);
    }
}
