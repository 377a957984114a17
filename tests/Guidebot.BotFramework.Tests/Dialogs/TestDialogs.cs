using System.Text.Json.Serialization;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Dialogs.Prompts;
using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Tests.Dialogs;

/// <summary>Values of the test waterfalls.</summary>
public sealed class Answers
{
    public string? Name { get; set; }

    public string? Clicked { get; set; }

    public int Round { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Answers))]
public sealed partial class DialogTestJson : JsonSerializerContext;

/// <summary>
/// A root component: asks a name (text prompt), shows a card and waits, then reads the click or typed
/// text in the next step, and can loop into a child waterfall that counts rounds.
/// </summary>
public sealed class InterviewDialog : ComponentDialog
{
    public InterviewDialog()
        : base("interview")
    {
        AddDialog(new WaterfallDialog<Answers>("main", [AskNameStepAsync, ShowCardStepAsync, ReadClickStepAsync, ChildStepAsync, DoneStepAsync], DialogTestJson.Default.Answers));
        AddDialog(new TextPrompt("name"));
        AddDialog(new WaterfallDialog<Answers>("child", [ChildAskAsync, ChildEndAsync], DialogTestJson.Default.Answers));
    }

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken) =>
        step.PromptAsync("name", new PromptOptions { Prompt = "Hvad hedder du?" }, cancellationToken);

    private static async Task<DialogTurnResult> ShowCardStepAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        step.Values.Name = (string)step.Result!;
        await step.Context.SendActivityAsync($"Hej {step.Values.Name}. Klik eller skriv.", cancellationToken);
        return Dialog.EndOfTurn;
    }

    private static async Task<DialogTurnResult> ReadClickStepAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        step.Values.Clicked = step.Input.ReadString("pick") ?? step.Input.Text;
        await step.Context.SendActivityAsync($"Du valgte {step.Values.Clicked}", cancellationToken);
        return await step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> ChildStepAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync("child", new Answers { Round = 41 }, cancellationToken);

    private static async Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync($"Færdig, {step.Values.Name}: {step.Result}", cancellationToken);
        return await step.EndDialogAsync("done", cancellationToken);
    }

    private static async Task<DialogTurnResult> ChildAskAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken)
    {
        step.Values.Round++;
        await step.Context.SendActivityAsync($"Runde {step.Values.Round}", cancellationToken);
        return Dialog.EndOfTurn;
    }

    private static Task<DialogTurnResult> ChildEndAsync(WaterfallStepContext<Answers> step, CancellationToken cancellationToken) =>
        step.EndDialogAsync($"runde {step.Values.Round} ({step.Input.Text})", cancellationToken);
}

/// <summary>Global commands as the guide registers them.</summary>
public static class TestCommands
{
    public static void Register(DialogRunner runner)
    {
        runner.AddCommand(new DialogCommand(["menu", "forfra"], async (dc, ct) =>
        {
            await dc.CancelAllDialogsAsync(ct);
            await dc.Context.SendActivityAsync("Menu", ct);
            return DialogTurnResult.Empty;
        }));
        runner.AddCommand(new DialogCommand(["hjælp"], async (dc, ct) =>
        {
            await dc.Context.SendActivityAsync("Hjælp: skriv menu", ct);
            await dc.RepromptDialogAsync(ct);
            return Dialog.EndOfTurn;
        }));
    }
}
