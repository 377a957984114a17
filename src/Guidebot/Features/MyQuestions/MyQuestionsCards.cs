using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Features.Sharing;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Features.MyQuestions;

/// <summary>The list of questions for the next conversation: choosing an item's questions, and the list itself.</summary>
internal static class MyQuestionsCards
{
    /// <summary>The id of the toggle of an item's <paramref name="index"/>th question.</summary>
    public static string ToggleId(int index) => $"q{index}";

    /// <summary>Every question of the item as a toggle, pre-ticked when it is on the list; no free-text inputs.</summary>
    public static AdaptiveCard Pick(Item item, IReadOnlyList<string> questions, IReadOnlySet<string> onList) => new()
    {
        Speak = MyQuestionsTexts.AddButton,
        FallbackText = MyQuestionsTexts.AddButton,
        Body =
        [
            Title(MyQuestionsTexts.AddButton),
            new TextBlock { Text = item.Title, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
            new TextBlock { Text = MyQuestionsTexts.PickHint, Size = FontSize.Small, IsSubtle = true, Wrap = true },
            .. questions.Select((question, index) => new ToggleInput { Id = ToggleId(index), Title = question, Wrap = true, Value = onList.Contains(question) ? "true" : null }),
            ItemCards.SourceLine(item.Source),
        ],
        Actions =
        [
            new SubmitAction { Title = MyQuestionsTexts.SaveButton, Data = CardAction.Data(new SaveQuestionsAction { Item = item.Id }), Style = ActionStyle.Positive },
            new SubmitAction { Title = MyQuestionsTexts.ShowListButton, Data = CardAction.CommandData(MyQuestionsCommands.Show), AssociatedInputs = AssociatedInputs.None },
            new SubmitAction { Title = BotTexts.BackButton, Data = CardAction.Data(new OpenItemAction(item.Id)), AssociatedInputs = AssociatedInputs.None },
            NavigationButtons.Menu(),
        ],
    };

    /// <summary>The list grouped by item, each question with "Fjern" and each group with its source; copy and clear for the whole list.</summary>
    public static AdaptiveCard List(IReadOnlyList<(Item Item, IReadOnlyList<string> Questions)> groups, string? notice = null)
    {
        var count = groups.Sum(group => group.Questions.Count);
        return new AdaptiveCard
        {
            Speak = MyQuestionsTexts.Title,
            FallbackText = MyQuestionsTexts.Title,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                Title(MyQuestionsTexts.Title),
                .. notice is null ? [] : new[] { new TextBlock { Text = notice, Color = TextColor.Good, Wrap = true } },
                new TextBlock { Text = count == 0 ? MyQuestionsTexts.Empty : MyQuestionsTexts.Count(count), Weight = count == 0 ? null : FontWeight.Bolder, Wrap = true },
                .. groups.Select(group => Group(group.Item, group.Questions)),
            ],
            Actions =
            [
                .. count == 0 ? [] : new AdaptiveAction[] { CardAction.Button(SharingTexts.CopyButton, new CopyQuestionsAction()), ClearButton(count) },
                NavigationButtons.Menu(),
            ],
        };
    }

    private static TextBlock Title(string text) =>
        new() { Text = text, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true };

    private static Container Group(Item item, IReadOnlyList<string> questions) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock { Text = item.Title, Weight = FontWeight.Bolder, Wrap = true },
            .. questions.Select(question => Row(item, question)),
            ItemCards.SourceLine(item.Source),
        ],
    };

    // The question beside its own "Fjern", so removing one is one click and cannot hit its neighbour.
    private static ColumnSet Row(Item item, string question) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column { Width = "stretch", VerticalContentAlignment = VerticalAlignment.Center, Items = [new TextBlock { Text = $"» {question}", Wrap = true }] },
            new Column { Width = "auto", Items = [new ActionSet { Actions = [CardAction.Button(MyQuestionsTexts.RemoveButton, new RemoveQuestionAction(item.Id, question))] }] },
        ],
    };

    // Clearing asks first, on the card itself: no round trip for the question.
    private static ShowCardAction ClearButton(int count) => new()
    {
        Title = MyQuestionsTexts.ClearButton,
        Card = new AdaptiveCard
        {
            Body = [new TextBlock { Text = MyQuestionsTexts.ClearConfirm(count), Wrap = true }],
            Actions = [new SubmitAction { Title = MyQuestionsTexts.ClearConfirmButton, Data = CardAction.Data(new ClearQuestionsAction()), Style = ActionStyle.Destructive }],
        },
    };
}
