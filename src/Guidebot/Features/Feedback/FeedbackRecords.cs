using System.Text.Json.Serialization;

namespace Guidebot.Features.Feedback;

/// <summary>
/// One item's feedback on one day: how often it was shown, one vote per voter (true: 👍) and at most one comment per voter,
/// both under the voter's key for that day (<see cref="Pseudonyms.Voter"/>), which changes every day.
/// </summary>
internal sealed record ItemDay(int Views, Dictionary<string, bool> Votes, Dictionary<string, string> Comments)
{
    public static ItemDay Empty => new(0, [], []);

    [JsonIgnore]
    public int Up => Votes.Values.Count(helpful => helpful);

    [JsonIgnore]
    public int Down => Votes.Count - Up;
}

/// <summary>One day's searches without a good answer, scrubbed, with how often each was not answered or answered with a 👎.</summary>
/// <param name="Dropped">Searches not kept because the day already held <see cref="UsageLog.MaxQueriesPerDay"/> more frequent ones.</param>
internal sealed record MissDay(Dictionary<string, MissCount> Queries, int Dropped)
{
    public static MissDay Empty => new([], 0);
}

internal sealed record MissCount(int NoAnswer, int Disliked)
{
    [JsonIgnore]
    public int Total => NoAnswer + Disliked;

    public MissCount Plus(MissCount other) => new(NoAnswer + other.NoAnswer, Disliked + other.Disliked);
}

/// <summary>The items with a document on one day: storage cannot list keys, so the report and the pruning read this.</summary>
internal sealed record DayIndex(List<string> Items);

/// <summary>The last day whose feedback has been deleted.</summary>
internal sealed record PruneMark(DateOnly Through);
