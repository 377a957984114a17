using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks a question and waits until the answer is understood (and accepted by the validator, if any),
/// repeating the retry prompt otherwise; ends with the recognised value.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates the prompt with an optional validator.</summary>
    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id) => _validator = validator;

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        InstanceState.Write(dc.ActiveDialog!, new PromptState(promptOptions, 0), DialogJson.Default.PromptState);
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var state = InstanceState.Read(instance, DialogJson.Default.PromptState)
            ?? throw new DialogStateMismatchException($"Prompt '{Id}' has no saved options.");
        var attempts = state.Attempts + 1;
        var recognized = Recognize(dc.Input, state.Options);
        var accepted = recognized.Succeeded && (_validator is null
            || await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state.Options, attempts), cancellationToken));
        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        InstanceState.Write(instance, state with { Attempts = attempts }, DialogJson.Default.PromptState);
        await OnPromptAsync(dc.Context, state.Options, isRetry: true, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = InstanceState.Read(instance, DialogJson.Default.PromptState);
        return state is null ? Task.CompletedTask : OnPromptAsync(turnContext, state.Options, isRetry: false, cancellationToken);
    }

    /// <summary>Sends the question, or the retry prompt when the last answer was not accepted.</summary>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken);

    /// <summary>Understands the user's input, typed or clicked.</summary>
    protected abstract PromptRecognizerResult<T> Recognize(UserInput input, PromptOptions options);
}
