using System.Text.Json.Serialization;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Dialogs.Prompts;
using Guidebot.BotFramework.Turns;
using Guidebot.Testing.Dialogs;
using Guidebot.Testing.Turns;

namespace Guidebot.BotFramework.Tests.Dialogs;

// The example in README.md, "Writing a dialog". Keep the two in step.
public sealed class BarrierDialog : ComponentDialog
{
    public BarrierDialog()
        : base("barrier")
    {
        AddDialog(new WaterfallDialog<BarrierState>("steps", [AskBarrierStepAsync, ConfirmStepAsync], ReadmeJson.Default.BarrierState));
        AddDialog(new ChoicePrompt("choose-barrier"));
    }

    private static Task<DialogTurnResult> AskBarrierStepAsync(WaterfallStepContext<BarrierState> step, CancellationToken cancellationToken) =>
        step.PromptAsync(
            "choose-barrier",
            new PromptOptions { Prompt = "Hvilken barriere?", Choices = [new("helbred", "Helbred"), new("familie", "Familie")] },
            cancellationToken);

    private static async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<BarrierState> step, CancellationToken cancellationToken)
    {
        step.Values.Barrier = ((FoundChoice)step.Result!).Value;
        await step.Context.SendActivityAsync($"Du valgte {step.Values.Barrier}.", cancellationToken);
        return await step.EndDialogAsync(step.Values.Barrier, cancellationToken);
    }
}

public sealed class BarrierState
{
    public string? Barrier { get; set; }
}

[JsonSerializable(typeof(BarrierState))]
public sealed partial class ReadmeJson : JsonSerializerContext;

public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task BarrierDialog_ClickOrType_EndsWithTheChoice()
    {
        var client = new DialogTestClient(new BarrierDialog());

        await new TestFlow(client.Adapter)
            .Send("hej")
            .AssertReply(reply => Assert.Equal(["Helbred", "Familie"], reply.SubmitButtons().Select(b => b.Title)))
            .Click("Familie")
            .AssertReply("Du valgte familie.")
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "familie"), client.DialogTurnResult);
    }
}
