using System.Text.Json;
using System.Text.Json.Serialization;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Tests.Dialogs;

/// <summary>The interview's saved state.</summary>
public sealed record Interviewed(string Name);

/// <summary>The data of the test card action <c>{"verb": "open", "name": …}</c>.</summary>
public sealed record OpenAction(string Name);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Interviewed))]
[JsonSerializable(typeof(OpenAction))]
public sealed partial class DialogTestJson : JsonSerializerContext;

/// <summary>
/// The root: begins <see cref="NameDialog"/> (so the stack is two deep), greets the name it returns and
/// keeps it as typed state, then ends on the next input.
/// </summary>
public sealed class InterviewDialog() : Dialog("interview")
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(NameDialog.DialogId, null, cancellationToken);

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var name = (string)result!;
        dc.ActiveDialog!.State = JsonSerializer.SerializeToElement(new Interviewed(name), DialogTestJson.Default.Interviewed);
        await dc.Context.SendActivityAsync($"Hej {name}. Skriv ok.", cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync($"Færdig, {Read(dc.ActiveDialog!).Name}", cancellationToken);
        return await dc.EndDialogAsync("done", cancellationToken);
    }

    private static Interviewed Read(DialogInstance instance)
    {
        try
        {
            return instance.State?.Deserialize(DialogTestJson.Default.Interviewed) ?? throw new DialogStateMismatchException("No saved name.");
        }
        catch (JsonException ex)
        {
            throw new DialogStateMismatchException("The saved name has an older shape.", ex);
        }
    }
}

/// <summary>Asks a name and ends with the typed answer; input without text asks again.</summary>
public sealed class NameDialog() : Dialog(DialogId)
{
    public const string DialogId = "name";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Input.Text is { } name)
        {
            return await dc.EndDialogAsync(name, cancellationToken);
        }

        await dc.Context.SendActivityAsync("Skriv dit navn.", cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync("Hvad hedder du?", cancellationToken);
}

/// <summary>A bot that runs the interview through a <see cref="DialogRunner"/> configured by the test.</summary>
public sealed class InterviewBot : IBot
{
    public const string RestartedText = "Opdateret, vi starter forfra.";

    private readonly DialogRunner _runner;

    public InterviewBot(ConversationState conversationState, string version = "1", Action<DialogRunner>? configure = null)
    {
        _runner = CreateRunner(conversationState, version);
        configure?.Invoke(_runner);
    }

    public static DialogRunner CreateRunner(ConversationState conversationState, string version = "1") =>
        new DialogRunner(new InterviewDialog(), conversationState.CreateProperty("DialogState", DialogRunner.StateTypeInfo), version)
        {
            RestartedText = RestartedText,
        }.AddDialog(new NameDialog());

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => _runner.RunAsync(turnContext, cancellationToken);
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
