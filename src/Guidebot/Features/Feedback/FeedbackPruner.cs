using Guidebot.Hosting;
using Microsoft.Extensions.Options;

namespace Guidebot.Features.Feedback;

/// <summary>
/// Deletes each day's feedback, views and missed searches once it is Feedback:RetentionDays old (a day's data lives through
/// the RetentionDays - 1 days after it). Storage cannot list keys, so a mark in storage says how far pruning has got, and
/// each day after it is deleted by its index. Runs at most once a day per instance; two instances pruning together delete
/// the same documents, which is harmless.
/// </summary>
internal sealed class FeedbackPruner(FeedbackStore store, IOptions<FeedbackOptions> options, TimeProvider time)
{
    /// <summary>How far back the first pruning looks (no mark yet: the feature is new, or the mark was lost).</summary>
    public const int FirstLookBackDays = 366;

    private DateOnly? _prunedOn;

    public async Task PruneIfDueAsync(CancellationToken cancellationToken)
    {
        var today = FeedbackKeys.Today(time);
        if (_prunedOn == today)
        {
            return;
        }

        var last = today.AddDays(-options.Value.RetentionDays);
        var mark = await store.ReadPruneMarkAsync(cancellationToken);
        var first = mark is null ? last.AddDays(-FirstLookBackDays) : mark.Value.Through.AddDays(1);
        var deleted = false;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            deleted |= await store.DeleteDayAsync(day, cancellationToken);
        }

        // Without a mark and with nothing deleted nothing is written: a bot no one has given feedback keeps no feedback keys.
        if (first <= last && (mark is not null || deleted))
        {
            await store.MarkPrunedAsync(last, mark?.ETag, cancellationToken);
        }

        _prunedOn = today;
    }
}
