using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Features.Teams;

/// <summary>
/// Cards a consultant inserts into any chat from the compose box (and sees with "Del"): the guide's content only —
/// no ticks, no inputs, no buttons that talk to the bot (in someone else's chat there is no bot to answer them).
/// </summary>
internal static class ShareCards
{
    public static AdaptiveCard Item(Guide guide, Item item) => new()
    {
        Speak = item.Title,
        FallbackText = item.Title,
        Body =
        [
            new TextBlock { Text = guide.FindArea(item.AreaId)!.Title, Size = FontSize.Small, IsSubtle = true, Wrap = true },
            Title(item.Title, Spacing.Small),
            .. ItemCards.Body(item.Body),
            ItemCards.SourceLine(item.Source),
            SharedFrom(),
        ],
    };

    /// <summary>A checklist to read, not to tick: its sections and points as lists, each section with its source.</summary>
    public static AdaptiveCard Checklist(TickList list) => new()
    {
        Speak = list.Title,
        FallbackText = list.Title,
        Body =
        [
            Title(list.Title),
            .. list.Sections.Select(section => new Container
            {
                Separator = true,
                Spacing = Spacing.Medium,
                Items =
                [
                    new TextBlock { Text = section.Label, Weight = FontWeight.Bolder, Wrap = true },
                    new TextBlock { Text = section.Heading, IsSubtle = true, Wrap = true, Spacing = Spacing.Small },
                    .. section.Points.Select(point => new TextBlock { Text = $"• {point.Text}", Wrap = true, Spacing = Spacing.Small }),
                    ItemCards.SourceLine(section.Item.Source),
                ],
            }),
            SharedFrom(),
        ],
    };

    public static AdaptiveCard Area(Area area) => new()
    {
        Speak = area.Title,
        FallbackText = area.Title,
        Body =
        [
            Title(area.Title),
            new TextBlock { Text = area.Summary, Wrap = true },
            .. area.Items.Select(item => new TextBlock { Text = $"• {item.Title}", Wrap = true, Spacing = Spacing.Small }),
            SharedFrom(),
        ],
    };

    private static TextBlock Title(string text, Spacing? spacing = null) =>
        new() { Text = text, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true, Spacing = spacing };

    private static TextBlock SharedFrom() =>
        new() { Text = MessageExtensionTexts.SharedFrom, Size = FontSize.Small, IsSubtle = true, Wrap = true };
}
