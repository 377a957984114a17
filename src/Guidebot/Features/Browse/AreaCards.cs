using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Features.Browse;

/// <summary>An area of the guide: what it is, its guided tools, and its items as a paged list of rows.</summary>
internal static class AreaCards
{
    public const int ItemsPerPage = 8;

    public static int PageCount(Area area) => (area.Items.Count + ItemsPerPage - 1) / ItemsPerPage;

    public static AdaptiveCard Area(Area area, int page, IReadOnlyList<SubmitAction> tools)
    {
        var pages = PageCount(area);
        page = Math.Clamp(page, 0, pages - 1);
        return new AdaptiveCard
        {
            Speak = area.Title,
            FallbackText = area.Title,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                new TextBlock { Text = area.Title, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
                new TextBlock { Text = area.Summary, Wrap = true },
                .. NavigationButtons.Links(tools),
                new TextBlock { Text = BotTexts.ItemsHeading(page + 1, pages), Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                .. NavigationButtons.Links(area.Items.Skip(page * ItemsPerPage).Take(ItemsPerPage).Select(item => ItemCards.Open(item.Title, item))),
            ],
            Actions =
            [
                .. page > 0 ? new[] { PageButton(BotTexts.PreviousPageButton, area, page - 1) } : [],
                .. page < pages - 1 ? new[] { PageButton(BotTexts.NextPageButton, area, page + 1) } : [],
                NavigationButtons.Menu(),
            ],
        };
    }

    private static SubmitAction PageButton(string title, Area area, int page) =>
        CardAction.Button(title, new OpenAreaAction(area.Id, page));
}
