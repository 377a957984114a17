using Guidebot.BotFramework.Cards;
using Guidebot.Cards;

namespace Guidebot.Features.Feedback;

/// <summary>The feedback report as a card for editors in the chat: the totals and the top of each list, bars drawn with █.</summary>
internal static class ReportCards
{
    public const int RowsPerList = 5;
    private const int BarWidth = 12;

    public static AdaptiveCard Report(FeedbackReport report)
    {
        var totals = report.Totals;
        return new AdaptiveCard
        {
            Speak = FeedbackTexts.ReportTitle,
            FallbackText = FeedbackTexts.ReportTitle,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                new TextBlock { Text = FeedbackTexts.ReportTitle, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true },
                new TextBlock { Text = FeedbackTexts.ReportPeriod(report.From, report.To, report.Days), Size = FontSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.None },
                new FactSet
                {
                    Facts =
                    [
                        new Fact(FeedbackTexts.Views, Number(totals.Views)),
                        new Fact(FeedbackTexts.Votes, FeedbackTexts.VoteCounts(totals.Up, totals.Down)),
                        new Fact(FeedbackTexts.Comments, Number(totals.Comments)),
                        new Fact(FeedbackTexts.NoAnswer, Number(totals.NoAnswer)),
                    ],
                },
                .. List(
                    FeedbackTexts.MissesHeading,
                    report.Misses,
                    miss => miss.Total,
                    miss => [new TextRun { Text = $"{FeedbackTexts.Times(miss.Total)} " }, UserText.Run(miss.Query)]),
                .. List(
                    FeedbackTexts.WorstRatedHeading(FeedbackReader.MinVotes),
                    report.WorstRated,
                    item => item.DownPercent,
                    item => [new TextRun { Text = $"{FeedbackTexts.DownShare(item.DownPercent, item.Down, item.Votes)} {item.Item.Title}" }]),
                .. List(
                    FeedbackTexts.NeverVisitedHeading,
                    report.NeverVisited,
                    area => area.Items.Count,
                    area => [new TextRun { Text = $"{FeedbackTexts.OfAll(area.Items.Count, area.Area.Items.Count)} {area.Area.Title}" }]),
                new TextBlock { Text = FeedbackTexts.FullReport, Size = FontSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.Medium },
            ],
            Actions = [NavigationButtons.Menu()],
        };
    }

    // A heading and the first rows, each a bar scaled to the largest value and its text; searches are typed text, so only TextRuns.
    private static IEnumerable<CardElement> List<T>(string heading, IReadOnlyList<T> rows, Func<T, int> value, Func<T, IReadOnlyList<TextRun>> text)
    {
        yield return new TextBlock { Text = heading, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };
        if (rows.Count == 0)
        {
            yield return new TextBlock { Text = FeedbackTexts.None, IsSubtle = true, Wrap = true, Spacing = Spacing.None };
            yield break;
        }

        var max = rows.Max(value);
        foreach (var row in rows.Take(RowsPerList))
        {
            yield return new RichTextBlock
            {
                Spacing = Spacing.None,
                Inlines = [new TextRun { Text = ReportBar.Text(value(row), max, BarWidth) + " ", Color = TextColor.Accent }, .. text(row)],
            };
        }
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
