using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Walkthroughs;

/// <summary>A walk-through's pages as cards: where you are, the title, the content, the ways on, and a way back.</summary>
internal static class WalkthroughCards
{
    /// <summary>Up to this many ways on share one row of buttons; more become a list of rows.</summary>
    private const int ChoicesInOneRow = 3;

    public static SubmitAction Start(string title, string walk, string? page = null) =>
        new() { Title = title, Data = WalkthroughActions.Start(walk, page) };

    public static AdaptiveCard Page(string walk, WalkthroughPage page, string? notice = null) => new()
    {
        Speak = page.Title,
        FallbackText = page.Title,
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            .. notice is null ? [] : new[] { new TextBlock { Text = notice, Color = TextColor.Attention, Wrap = true } },
            new TextBlock { Text = page.Progress, Size = FontSize.Small, IsSubtle = true, Wrap = true },
            new TextBlock { Text = page.Title, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
            .. page.Body,
            .. Choices(walk, page.Choices),
        ],
        Actions =
        [
            .. page.Links,
            .. page.Ends ? [] : new[] { NavigationButtons.Back() },
            NavigationButtons.Menu(),
        ],
    };

    /// <summary>An item inside a page: its title as a sub-heading, its blocks, and its source.</summary>
    public static IEnumerable<CardElement> Section(Item item) =>
        [Heading(item.Title), .. item.Body.SelectMany(BlockLayout.Render), ItemCards.SourceLine(item.Source)];

    /// <summary>An item that fills a page: its blocks (long bodies folded) and its source.</summary>
    public static IEnumerable<CardElement> Whole(Item item) =>
        [.. ItemCards.Body(item.Body), ItemCards.SourceLine(item.Source)];

    public static TextBlock Heading(string text) =>
        new() { Text = text, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    /// <summary>Text to read aloud or say, set apart from the rest.</summary>
    public static Container Said(IEnumerable<string> texts) => new()
    {
        Style = ContainerStyle.Emphasis,
        Items = [.. texts.Select(BlockLayout.Text)],
    };

    /// <summary>Cells of equal width side by side, e.g. one row of a 2×2 grid.</summary>
    public static ColumnSet Row(IEnumerable<IReadOnlyList<CardElement>> cells) => new()
    {
        Columns = [.. cells.Select(cell => new Column { Width = "stretch", Style = ContainerStyle.Emphasis, Items = cell })],
    };

    private static IEnumerable<CardElement> Choices(string walk, IReadOnlyList<WalkthroughChoice> choices) =>
        choices.Count <= ChoicesInOneRow
            ? choices.Count == 0 ? [] : [new ActionSet { Actions = [.. choices.Select(c => Start(c.Title, walk, c.Page))] }]
            : choices.Select(c => (CardElement)new Container
            {
                Separator = true,
                SelectAction = Start(c.Title, walk, c.Page),
                Items = [new TextBlock { Text = $"› {c.Title}", Wrap = true, Color = TextColor.Accent }],
            });
}
