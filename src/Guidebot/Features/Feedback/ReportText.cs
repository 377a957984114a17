using System.Globalization;

namespace Guidebot.Features.Feedback;

/// <summary>The report as plain text for a terminal (the <c>report</c> command): one table per list, each row with a bar of █.</summary>
internal static class ReportText
{
    private const int BarWidth = 20;

    public static void Write(FeedbackReport report, TextWriter output)
    {
        var totals = report.Totals;
        output.WriteLine(Invariant($"Guidebot feedback report, {Day(report.From)} to {Day(report.To)} ({report.Days} days, UTC)"));
        output.WriteLine();
        output.WriteLine(Invariant($"Item views {totals.Views} · votes {totals.Up + totals.Down} ({totals.Up} up, {totals.Down} down) · comments {totals.Comments} · searches without an answer {totals.NoAnswer} · answers voted down {totals.DislikedAnswers}"));
        output.WriteLine();
        WriteMisses(report, output);
        WriteWorstRated(report, output);
        WriteNeverVisited(report, output);
    }

    private static void WriteMisses(FeedbackReport report, TextWriter output)
    {
        output.WriteLine("Top missed searches (no good answer, or the answer voted down)");
        Rows(output, report.Misses, "total  no answer  down", miss => Invariant($"{miss.Total,5}  {miss.NoAnswer,9}  {miss.Disliked,4}"), miss => miss.Total, miss => [miss.Query]);
        if (report.Totals.MissesDropped > 0)
        {
            output.WriteLine(Invariant($"  (+ {report.Totals.MissesDropped} searches over the limit of {UsageLog.MaxQueriesPerDay} different ones a day, not kept)"));
        }

        output.WriteLine();
    }

    private static void WriteWorstRated(FeedbackReport report, TextWriter output)
    {
        output.WriteLine(Invariant($"Worst-rated items (at least {FeedbackReader.MinVotes} votes, at least one down)"));
        Rows(
            output,
            report.WorstRated,
            "down %  down    up",
            item => Invariant($"{item.DownPercent,5}%  {item.Down,4}  {item.Up,4}"),
            item => item.DownPercent,
            item => [$"{item.Item.Title} ({item.Item.Id})", .. item.Comments.Select(comment => $"  ”{comment}”")]);
        output.WriteLine();
    }

    private static void WriteNeverVisited(FeedbackReport report, TextWriter output)
    {
        var count = report.NeverVisited.Sum(area => area.Items.Count);
        output.WriteLine(Invariant($"Never-visited items: {count}"));
        Rows(
            output,
            report.NeverVisited,
            "never  of all",
            area => Invariant($"{area.Items.Count,5}  {area.Area.Items.Count,6}"),
            area => area.Items.Count,
            area => [area.Area.Title, .. area.Items.Select(item => $"  {item.Id}  {item.Title}")]);
    }

    // A header, then per row: its figures, a bar scaled to the largest value, and its text (further lines indented under it).
    private static void Rows<T>(TextWriter output, IReadOnlyList<T> rows, string header, Func<T, string> figures, Func<T, int> value, Func<T, IReadOnlyList<string>> text)
    {
        if (rows.Count == 0)
        {
            output.WriteLine("  (none)");
            return;
        }

        var max = rows.Max(value);
        output.WriteLine($"  {header}");
        foreach (var row in rows)
        {
            var lines = text(row);
            var start = $"  {figures(row)}  {ReportBar.Text(value(row), max, BarWidth).PadRight(BarWidth)}  ";
            output.WriteLine(start + lines[0]);
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine(new string(' ', start.Length) + line);
            }
        }
    }

    private static string Day(DateOnly day) => FeedbackKeys.Format(day);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
