using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Feedback;

/// <summary>What editors see of the feedback of a period (UTC days <see cref="From"/> to <see cref="To"/>, both included).</summary>
internal sealed record FeedbackReport(
    DateOnly From,
    DateOnly To,
    ReportTotals Totals,
    IReadOnlyList<MissedQuery> Misses,
    IReadOnlyList<RatedItem> WorstRated,
    IReadOnlyList<AreaGaps> NeverVisited)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}

/// <param name="MissesDropped">Searches over the per-day limit, counted but not kept.</param>
internal sealed record ReportTotals(int Views, int Up, int Down, int Comments, int NoAnswer, int DislikedAnswers, int MissesDropped);

/// <summary>A search (scrubbed) with how often it found no good answer and how often its answer got a 👎.</summary>
internal sealed record MissedQuery(string Query, int NoAnswer, int Disliked)
{
    public int Total => NoAnswer + Disliked;
}

/// <summary>An item with its votes in the period and the latest comments on it.</summary>
internal sealed record RatedItem(Item Item, int Up, int Down, IReadOnlyList<string> Comments)
{
    public int Votes => Up + Down;

    /// <summary>The share of 👎 among the votes, 0–100.</summary>
    public int DownPercent => Votes == 0 ? 0 : (int)Math.Round(100.0 * Down / Votes);
}

/// <summary>An area's items that were not shown once in the period.</summary>
internal sealed record AreaGaps(Area Area, IReadOnlyList<Item> Items);
