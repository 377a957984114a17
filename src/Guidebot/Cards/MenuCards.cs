using System.Text.Json.Nodes;
using Guidebot.BotFramework.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Cards;

/// <summary>The welcome card: what the bot does, a search box, and the guide's areas as buttons.</summary>
internal static class MenuCards
{
    public const string QueryInputId = "query";
    private const int ButtonsPerRow = 5;

    public static AdaptiveCard Welcome(Guide guide) => new()
    {
        Speak = $"{BotTexts.Name}. {BotTexts.Tagline}",
        FallbackText = BotTexts.Tagline,
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            new TextBlock { Text = BotTexts.Name, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = BotTexts.Tagline, Wrap = true },
            new TextInput { Id = QueryInputId, Label = BotTexts.SearchLabel, Placeholder = BotTexts.SearchPlaceholder, MaxLength = 500 },
            new ActionSet { Actions = [new SubmitAction { Title = BotTexts.SearchButton, Data = new JsonObject { ["command"] = "search" } }] },
            new TextBlock { Text = BotTexts.AreasHeading, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            .. AreaButtons(guide),
            new TextBlock { Text = BotTexts.PrivacyReminder, Size = FontSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.Medium },
        ],
    };

    private static IEnumerable<CardElement> AreaButtons(Guide guide) =>
        guide.Areas
            .Select(area => (AdaptiveAction)new SubmitAction { Title = area.Title, Data = new JsonObject { ["command"] = "area", ["area"] = area.Id } })
            .Chunk(ButtonsPerRow)
            .Select(row => new ActionSet { Actions = row });
}
