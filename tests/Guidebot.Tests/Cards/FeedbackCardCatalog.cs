using Guidebot.Features.Feedback;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Cards;

namespace Guidebot.Tests.Cards;

/// <summary>
/// The feedback replies and the editors' report card, the report both empty and full: long searches with markup in them,
/// worst-rated items with comments, and never-visited items in every area.
/// </summary>
public static class FeedbackCardCatalog
{
    public static IEnumerable<NamedCard> All(Guide guide)
    {
        var item = guide.Items.OrderByDescending(i => i.Title.Length).First();
        yield return NamedCard.From("feedback thanks", FeedbackCards.Reply(FeedbackTexts.Thanks));
        yield return NamedCard.From("feedback comment saved", FeedbackCards.Reply(FeedbackTexts.CommentSaved));
        yield return NamedCard.From("feedback what was missing", FeedbackCards.WhatWasMissing(item, FeedbackTexts.WhatWasMissing));
        yield return NamedCard.From(
            "feedback comment refused, with draft",
            FeedbackCards.WhatWasMissing(item, FeedbackTexts.CommentHasPersonalData, new string('x', FeedbackHandlers.MaxCommentLength)));

        var day = new DateOnly(2025, 3, 1);
        var full = new FeedbackReport(
            day.AddDays(1 - FeedbackReader.DefaultDays),
            day,
            new ReportTotals(1200, 40, 16, 5, 78, 6, 3),
            [.. Enumerable.Range(1, FeedbackReader.TopMisses).Select(n => new MissedQuery($"søgning {n} med <b>tegn</b> og [link](https://example.org) {new string('x', UsageLog.MaxQueryLength - 60)}", 30 - n, n % 2))],
            [.. guide.Items.Take(FeedbackReader.TopWorstRated).Select(i => new RatedItem(i, 1, 3, ["mangler et eksempel", "for lang"]))],
            [.. guide.Areas.Select(area => new AreaGaps(area, area.Items))]);
        yield return NamedCard.From("report, full", ReportCards.Report(full));
        yield return NamedCard.From("report, empty", ReportCards.Report(new FeedbackReport(day, day, new ReportTotals(0, 0, 0, 0, 0, 0, 0), [], [], [])));
    }
}
