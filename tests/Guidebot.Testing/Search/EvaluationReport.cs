using System.Globalization;
using System.Text;

namespace Guidebot.Testing.Search;

/// <summary>How one question fared: the 0-based rank of the first accepted item among the shown hits (-1: none).</summary>
public sealed record QuestionOutcome(EvalQuestion Question, int Rank, bool NoAnswer, IReadOnlyList<string> Shown);

/// <summary>An out-of-domain question that got an answer instead of the no-match card.</summary>
public sealed record AnsweredNoMatch(NoMatchQuestion Question, string FirstItem);

/// <summary>Right first, right among the shown, and no answer, for one area or the whole set.</summary>
public sealed record AreaScore(string Area, int Count, int Top1, int Top3, int NoAnswer)
{
    public double Top1Rate => (double)Top1 / Count;

    public double Top3Rate => (double)Top3 / Count;

    public double NoAnswerRate => (double)NoAnswer / Count;
}

/// <summary>The evaluation's outcome: per-area scores, the total, and every question not answered first.</summary>
public sealed record EvaluationReport(IReadOnlyList<QuestionOutcome> Outcomes, int NoMatchCount, IReadOnlyList<AnsweredNoMatch> AnsweredNoMatch)
{
    public const string TotalArea = "all";

    public IReadOnlyList<AreaScore> Areas =>
        [.. Outcomes.GroupBy(o => o.Question.Area).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Score(g.Key, [.. g])), Total];

    public AreaScore Total => Score(TotalArea, Outcomes);

    /// <summary>A Markdown table (as docs/search.md shows it), then the out-of-domain line and every miss.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine("| area | questions | top-1 | top-3 | no answer |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var area in Areas)
        {
            text.AppendLine(Invariant($"| {area.Area} | {area.Count} | {area.Top1Rate:P1} | {area.Top3Rate:P1} | {area.NoAnswerRate:P1} |"));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"out of domain: {NoMatchCount - AnsweredNoMatch.Count}/{NoMatchCount} got the no-match card"));
        foreach (var answered in AnsweredNoMatch)
        {
            text.AppendLine(Invariant($"  ANSWERED \"{answered.Question.Q}\" → {answered.FirstItem}"));
        }

        foreach (var outcome in Outcomes.Where(o => o.Rank != 0))
        {
            var place = outcome.NoAnswer ? "NO ANSWER" : outcome.Rank < 0 ? "MISS" : $"top{outcome.Rank + 1}";
            text.AppendLine(Invariant($"  {place} [{outcome.Question.Area}] \"{outcome.Question.Q}\" → {string.Join(" | ", outcome.Shown)}"));
        }

        return text.ToString();
    }

    private static AreaScore Score(string area, IReadOnlyCollection<QuestionOutcome> outcomes) =>
        new(area, outcomes.Count, outcomes.Count(o => o.Rank == 0), outcomes.Count(o => o.Rank >= 0), outcomes.Count(o => o.NoAnswer));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
