using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Features.Onboarding;
using Guidebot.Features.Search;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Texts;

namespace Guidebot.Features.Browse;

/// <summary>The welcome menu (what the bot does, a search box, the areas as buttons) and the help card.</summary>
internal static class MenuCards
{
    public const string QueryInputId = "query";

    public static AdaptiveCard Welcome(Guide guide) => new()
    {
        Speak = $"{BotTexts.Name}. {BotTexts.Tagline}",
        FallbackText = BotTexts.Tagline,
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            new TextBlock { Text = BotTexts.Name, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = BotTexts.Tagline, Wrap = true },
            .. SearchBox(),
            new TextBlock { Text = BotTexts.AreasHeading, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            .. AreaRows(guide),
            new ActionSet { Spacing = Spacing.Medium, Actions = [OnboardingCards.MenuButton()] },
            new TextBlock { Text = BotTexts.PrivacyReminder, Size = FontSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.Medium },
        ],
    };

    /// <summary>The search box: a text input and its "Søg" button.</summary>
    public static IEnumerable<CardElement> SearchBox() =>
    [
        new TextInput { Id = QueryInputId, Label = BotTexts.SearchLabel, Placeholder = BotTexts.SearchPlaceholder, MaxLength = 500 },
        new ActionSet { Actions = [CardAction.Button(BotTexts.SearchButton, new SearchAction())] },
    ];

    /// <summary>The guide's areas, one row each.</summary>
    public static IEnumerable<CardElement> AreaRows(Guide guide) =>
        NavigationButtons.Links(guide.Areas.Select(area => CardAction.Button(area.Title, new OpenAreaAction(area.Id))));

    /// <summary>What can be typed: the built-in commands, and the words each tool of cards/tools/ declares.</summary>
    public static AdaptiveCard Help(Toolbox tools) => new()
    {
        Speak = BotTexts.HelpTitle,
        FallbackText = BotTexts.HelpTitle,
        Body =
        [
            new TextBlock { Text = BotTexts.HelpTitle, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new FactSet
            {
                Facts =
                [
                    .. BotTexts.HelpCommands.Select(command => new Fact(command.Typed, command.Does)),
                    .. tools.All.Where(tool => tool.Commands.Count > 0).Select(tool => new Fact(tool.Commands[0], tool.Title)),
                    new Fact(BotTexts.HelpQuestion.Typed, BotTexts.HelpQuestion.Does),
                ],
            },
            new TextBlock { Text = BotTexts.HelpClicks, Wrap = true },
            new TextBlock { Text = BotTexts.PrivacyReminder, Size = FontSize.Small, IsSubtle = true, Wrap = true },
        ],
        Actions = [NavigationButtons.Menu()],
    };
}
