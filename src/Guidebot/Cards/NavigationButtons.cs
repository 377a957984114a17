using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Texts;

namespace Guidebot.Cards;

/// <summary>The buttons that give every card a way back.</summary>
internal static class NavigationButtons
{
    public static SubmitAction Menu() => CardAction.Command(BotTexts.MenuButton, Verbs.Menu);

    public static SubmitAction Back() => CardAction.Command(BotTexts.BackButton, Verbs.Back);

    /// <summary>
    /// Links to open, one per full-width row: long Danish titles stay readable on a phone, where a row of
    /// buttons would cut them off.
    /// </summary>
    public static IEnumerable<Container> Links(IEnumerable<SubmitAction> links) =>
        links.Select(link => new Container
        {
            Separator = true,
            SelectAction = link,
            Items = [new TextBlock { Text = $"› {link.Title}", Wrap = true, Color = TextColor.Accent }],
        });

    /// <summary>Rows of at most five buttons (the official renderer rejects more in one row).</summary>
    public static IEnumerable<ActionSet> Rows(IEnumerable<AdaptiveAction> actions) =>
        actions.Chunk(5).Select(row => new ActionSet { Actions = row });
}
