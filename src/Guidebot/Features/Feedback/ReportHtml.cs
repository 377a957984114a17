using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Guidebot.Features.Feedback;

/// <summary>
/// The report as one HTML page (the admin page): the same lists as <see cref="ReportText"/>, each row with a bar drawn in
/// inline SVG. No script and no external file; the one style element is allowed by its hash (<see cref="StyleHash"/>), and
/// every text is HTML-encoded.
/// </summary>
internal static class ReportHtml
{
    private const int BarWidth = 160;

    // Longer lists (an area's never-visited items) fold, so the page stays a page of charts.
    private const int FoldAbove = 3;

    private const string Style =
        "body{font-family:'Segoe UI',system-ui,sans-serif;margin:1.5rem;color:#242424;max-width:60rem}" +
        "table{border-collapse:collapse;margin-bottom:1.5rem;width:100%}th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #e0e0e0;vertical-align:top}" +
        "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}ul{margin:.3rem 0 0;padding-left:1.2rem;color:#616161}svg{display:block;margin-top:.25rem}" +
        "nav a{margin-right:.8rem}.muted{color:#616161}";

    /// <summary>The Content-Security-Policy source that allows the page's style element and nothing else.</summary>
    public static string StyleHash { get; } = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'";

    public static string Render(FeedbackReport report, IReadOnlyList<int> periods)
    {
        var totals = report.Totals;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Guidebot feedback report</title><style>{Style}</style></head><body>
            <h1>Guidebot feedback report</h1>
            <p>{Day(report.From)} to {Day(report.To)} ({report.Days} days, UTC).</p>
            <nav>{string.Concat(periods.Select(days => $"<a href=\"?since={days}d\">Last {days} days</a>"))}</nav>
            <p>Item views {totals.Views} · votes {totals.Up + totals.Down} ({totals.Up} 👍, {totals.Down} 👎) · comments {totals.Comments} ·
            searches without an answer {totals.NoAnswer} · answers voted 👎 {totals.DislikedAnswers}</p>
            """);
        Table(html, "Top missed searches", ["Total", "No answer", "👎"], report.Misses, miss => [miss.Total, miss.NoAnswer, miss.Disliked], miss => miss.Total, "Search", miss => miss.Query, _ => []);
        if (totals.MissesDropped > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{totals.MissesDropped} more searches were over the limit of {UsageLog.MaxQueriesPerDay} different ones a day and not kept.</p>");
        }

        Table(
            html,
            $"Worst-rated items (at least {FeedbackReader.MinVotes} votes, at least one 👎)",
            ["👎 %", "👎", "👍"],
            report.WorstRated,
            item => [item.DownPercent, item.Down, item.Up],
            item => item.DownPercent,
            "Item",
            item => $"{item.Item.Title} ({item.Item.Id})",
            item => item.Comments);
        Table(
            html,
            $"Never-visited items: {report.NeverVisited.Sum(area => area.Items.Count)}",
            ["Never", "Of all"],
            report.NeverVisited,
            area => [area.Items.Count, area.Area.Items.Count],
            area => area.Items.Count,
            "Area",
            area => area.Area.Title,
            area => [.. area.Items.Select(item => $"{item.Title} ({item.Id})")]);
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Table<T>(
        StringBuilder html,
        string title,
        IReadOnlyList<string> figureHeads,
        IReadOnlyList<T> rows,
        Func<T, IReadOnlyList<int>> figures,
        Func<T, int> value,
        string textHead,
        Func<T, string> text,
        Func<T, IReadOnlyList<string>> details)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(title)}</h2>");
        if (rows.Count == 0)
        {
            html.Append("<p class=\"muted\">None.</p>");
            return;
        }

        var max = rows.Max(value);
        html.Append("<table><thead><tr>");
        foreach (var head in figureHeads)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"n\">{Encode(head)}</th>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(textHead)}</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var figure in figures(row))
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{figure}</td>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<td>{Encode(text(row))}{Bar(value(row), max)}");
            if (details(row) is { Count: > 0 } lines)
            {
                var list = $"<ul>{string.Concat(lines.Select(line => $"<li>{Encode(line)}</li>"))}</ul>";
                html.Append(lines.Count <= FoldAbove ? list : string.Create(CultureInfo.InvariantCulture, $"<details><summary>{lines.Count} items</summary>{list}</details>"));
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Bar(int value, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"<svg width=\"{BarWidth}\" height=\"10\" aria-hidden=\"true\"><rect width=\"{ReportBar.Length(value, max, BarWidth)}\" height=\"10\" fill=\"#5b5fc7\"/></svg>");

    private static string Day(DateOnly day) => FeedbackKeys.Format(day);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
