using System.Text.Json.Serialization;
using Guidebot.BotFramework.Cards;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Dialogs.Prompts;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;
using Choice = Guidebot.BotFramework.Dialogs.Prompts.Choice;

namespace Guidebot.BotFramework.Tests.Dialogs;

// The example in README.md, "Writing a dialog": ReadmeTests checks that the README shows each part
// between "// README example" and "// end of README example" as it is here.

// README example
public sealed class BarrierDialog() : Dialog("barrier")
{
    private static readonly Choice[] Barriers = [new("helbred", "Helbred"), new("familie", "Familie")];

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    // Typed: a title, a number or a close match ("famile"); anything else asks again.
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        ChoiceRecognizer.Recognize(dc.Input, Barriers) is { } found
            ? AnswerAsync(dc, found.Value, cancellationToken)
            : BeginDialogAsync(dc, null, cancellationToken);

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock { Text = "Hvilken barriere?" }],
            Actions = [.. Barriers.Select(b => new SubmitAction { Title = b.DisplayTitle, Data = new() { [DialogRunner.VerbProperty] = "barrier", ["barrier"] = b.Value } })],
        };
        return turnContext.SendActivityAsync(card.ToAttachment(), cancellationToken);
    }

    // Clicked (the card action below, from this card or an old one) or typed: the same answer.
    public static async Task<DialogTurnResult> AnswerAsync(DialogContext dc, string barrier, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync($"Du valgte {barrier}.", cancellationToken);
        return await dc.CancelAllDialogsAsync(cancellationToken);
    }
}

public sealed record BarrierClick(string Barrier);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BarrierClick))]
public sealed partial class ReadmeJson : JsonSerializerContext;

public sealed class BarrierBot : IBot
{
    private readonly DialogRunner _runner;

    public BarrierBot(ConversationState conversationState)
    {
        _runner = new DialogRunner(new BarrierDialog(), conversationState.CreateProperty("DialogState", DialogRunner.StateTypeInfo), version: "1")
        {
            RestartedText = "Guiden er opdateret, så vi starter forfra.",
        };

        // A command works at any time, typed or clicked as {"verb": "menu"}.
        _runner.AddCommand(new DialogCommand(["menu"], async (dc, cancellationToken) =>
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            await dc.Context.SendActivityAsync("Menu", cancellationToken);
            return DialogTurnResult.Empty;
        }));

        // A card action: a click on {"verb": "barrier", ...}, its data read as a typed record.
        _runner.OnCardAction("barrier", ReadmeJson.Default.BarrierClick, (dc, click, cancellationToken) => BarrierDialog.AnswerAsync(dc, click.Barrier, cancellationToken));
    }

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => _runner.RunAsync(turnContext, cancellationToken);
}
// end of README example

public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task BarrierBot_TypedClickedOrCommand_AnswersAsTheReadmeSays()
    {
        // README example
        var adapter = TestAdapter.ForBot(services => new BarrierBot(services.GetRequiredService<ConversationState>()));

        await new TestFlow(adapter)
            .Send("hej")
            .AssertReply(reply => Assert.Equal(["Helbred", "Familie"], reply.SubmitButtons().Select(b => b.Title)))
            .Send("famile") // typed, read by the dialog
            .AssertReply("Du valgte familie.")
            .Send("hej")
            .AssertReply("Hvilken barriere?")
            .Send("Menu") // a command, before the waiting dialog
            .AssertReply("Menu")
            .Send("helbred") // the dialog was cancelled: the root dialog begins anew
            .AssertReply("Hvilken barriere?")
            .Click("Helbred") // the card action
            .AssertReply("Du valgte helbred.")
            .StartTestAsync();
        // end of README example
    }
}
