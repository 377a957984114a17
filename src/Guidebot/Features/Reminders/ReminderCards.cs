using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Features.Reminders;

/// <summary>The reminder cards: confirming a request, the saved reminder, the user's list, and the reminder when it is due.</summary>
internal static class ReminderCards
{
    /// <summary>The topic and date understood from a request, to be confirmed; nothing is stored before "Opret påmindelse".</summary>
    public static AdaptiveCard Confirm(Item? item, DateOnly date) => new()
    {
        Speak = ReminderTexts.ConfirmTitle,
        FallbackText = ReminderTexts.ConfirmTitle,
        Body =
        [
            Title(ReminderTexts.ConfirmTitle),
            Facts(item, date),
            new TextBlock { Text = ReminderTexts.ConfirmNote, Size = FontSize.Small, IsSubtle = true, Wrap = true },
        ],
        Actions =
        [
            new SubmitAction { Title = ReminderTexts.CreateButton, Data = CardAction.Data(new CreateReminderAction(item?.Id, date)), Style = ActionStyle.Positive },
            CardAction.Button(ReminderTexts.CancelButton, new CancelReminderAction()),
            NavigationButtons.Menu(),
        ],
    };

    /// <summary>A reminder as saved (created, or postponed) under <paramref name="heading"/>.</summary>
    public static AdaptiveCard Saved(string heading, Item? item, DateOnly date) => new()
    {
        Speak = heading,
        FallbackText = heading,
        Body =
        [
            Title(heading),
            Facts(item, date),
            new TextBlock { Text = ReminderTexts.SavedNote, Size = FontSize.Small, IsSubtle = true, Wrap = true },
        ],
        Actions = [ListButton(), NavigationButtons.Menu()],
    };

    /// <summary>The user's reminders, soonest first, each with its delete button; <paramref name="notice"/> says what just happened.</summary>
    public static AdaptiveCard List(IReadOnlyList<(Reminder Reminder, Item? Item)> reminders, string? notice = null) => new()
    {
        Speak = ReminderTexts.ListTitle,
        FallbackText = ReminderTexts.ListTitle,
        Body =
        [
            Title(ReminderTexts.ListTitle),
            .. notice is null ? [] : new[] { new TextBlock { Text = notice, Color = TextColor.Good, Wrap = true } },
            .. Rows(reminders),
        ],
        Actions = [NavigationButtons.Menu()],
    };

    /// <summary>The reminder the bot sends when it is due: the topic, the way to it in the guide, and a week's delay.</summary>
    public static AdaptiveCard Due(Item? item) => new()
    {
        Speak = ReminderTexts.DueTitle,
        FallbackText = $"{ReminderTexts.DueTitle}: {ReminderTopics.Title(item)}",
        Body =
        [
            Title(ReminderTexts.DueTitle),
            new TextBlock { Text = ReminderTexts.DueIntro, Wrap = true },
            new TextBlock { Text = ReminderTopics.Title(item), Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
            .. WayTo(item),
        ],
        Actions =
        [
            CardAction.Button(ReminderTexts.PostponeButton, new PostponeReminderAction(item?.Id)),
            ListButton(),
            NavigationButtons.Menu(),
        ],
    };

    private static TextBlock Title(string text) =>
        new() { Text = text, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true };

    private static FactSet Facts(Item? item, DateOnly date) => new()
    {
        Facts = [new Fact(ReminderTexts.TopicLabel, ReminderTopics.Title(item)), new Fact(ReminderTexts.WhenLabel, ReminderTexts.When(date))],
    };

    private static IEnumerable<CardElement> Rows(IReadOnlyList<(Reminder Reminder, Item? Item)> reminders) =>
        reminders.Count == 0
            ? [new TextBlock { Text = ReminderTexts.ListEmpty, Wrap = true }, new TextBlock { Text = ReminderTexts.Example, IsSubtle = true, Wrap = true }]
            : reminders.OrderBy(entry => entry.Reminder.Due).Select(entry => Row(entry.Reminder, entry.Item));

    private static Container Row(Reminder reminder, Item? item) => new()
    {
        Separator = true,
        Items =
        [
            new ColumnSet
            {
                Columns =
                [
                    new Column
                    {
                        Width = "stretch",
                        Items =
                        [
                            new TextBlock { Text = ReminderTopics.Title(item), Weight = FontWeight.Bolder, Wrap = true },
                            new TextBlock { Text = ReminderTexts.When(DueTime.DateOf(reminder.Due)), IsSubtle = true, Wrap = true, Spacing = Spacing.None },
                        ],
                    },
                    new Column
                    {
                        Width = "auto",
                        VerticalContentAlignment = VerticalAlignment.Center,
                        Items = [new ActionSet { Actions = [CardAction.Button(ReminderTexts.DeleteButton, new DeleteReminderAction(reminder.Id))] }],
                    },
                ],
            },
        ],
    };

    // The item's source, as on every card of the guide, and the button that opens it.
    private static IEnumerable<CardElement> WayTo(Item? item) =>
        item is null ? [] : [ItemCards.SourceLine(item.Source), .. NavigationButtons.Links([ItemCards.Open(BotTexts.OpenItem(item.Title), item)])];

    private static SubmitAction ListButton() => CardAction.Command(ReminderTexts.ListButton, ReminderCommands.List);
}
