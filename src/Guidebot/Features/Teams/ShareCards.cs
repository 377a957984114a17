using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Teams;

/// <summary>
/// Cards a consultant inserts into any chat from the compose box: the content only, with no buttons that
/// talk to the bot (in someone else's chat there is no bot to answer them).
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
            new TextBlock { Text = item.Title, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
            .. ItemCards.Body(item.Body),
            ItemCards.SourceLine(item.Source),
            new TextBlock { Text = MessageExtensionTexts.SharedFrom, Size = FontSize.Small, IsSubtle = true, Wrap = true },
        ],
    };

    public static AdaptiveCard Area(Area area) => new()
    {
        Speak = area.Title,
        FallbackText = area.Title,
        Body =
        [
            new TextBlock { Text = area.Title, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = area.Summary, Wrap = true },
            .. area.Items.Select(item => new TextBlock { Text = $"• {item.Title}", Wrap = true, Spacing = Spacing.Small }),
            new TextBlock { Text = MessageExtensionTexts.SharedFrom, Size = FontSize.Small, IsSubtle = true, Wrap = true },
        ],
    };
}
