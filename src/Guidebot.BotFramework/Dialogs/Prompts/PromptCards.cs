using System.Text.Json.Nodes;
using Guidebot.BotFramework.Cards;

namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>The Adaptive Cards prompts send: the question, and its options as buttons.</summary>
public static class PromptCards
{
    /// <summary>The most buttons in one row; the official renderer rejects more.</summary>
    public const int ButtonsPerRow = 5;

    /// <summary>A card asking <paramref name="question"/> with one submit button per option.</summary>
    public static AdaptiveCard Question(string question, IEnumerable<(string Title, JsonObject Data)> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var actions = buttons
            .Select(b => (AdaptiveAction)new SubmitAction { Title = b.Title, Data = b.Data })
            .Chunk(ButtonsPerRow)
            .Select(row => (CardElement)new ActionSet { Actions = row });
        return new AdaptiveCard
        {
            Body = [new TextBlock { Text = question, Wrap = true }, .. actions],
            Speak = question,
        };
    }

    /// <summary>The card of a choice prompt: a button per choice carrying <c>{"choice": value}</c>.</summary>
    public static AdaptiveCard Choices(string question, IEnumerable<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return Question(question, choices.Select(c => (c.DisplayTitle, new JsonObject { [ChoiceRecognizer.ValueProperty] = c.Value })));
    }

    /// <summary>The card of a confirm prompt: "Ja" and "Nej" carrying <c>{"confirm": true|false}</c>.</summary>
    public static AdaptiveCard Confirm(string question) =>
        Question(question, [
            ("Ja", new JsonObject { [ConfirmRecognizer.ValueProperty] = true }),
            ("Nej", new JsonObject { [ConfirmRecognizer.ValueProperty] = false }),
        ]);
}
