using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Dialogs;

/// <summary>What a waterfall step sees: the turn, the user's input, its typed values, and the previous step's result.</summary>
public sealed class WaterfallStepContext<TState>
    where TState : class, new()
{
    private readonly WaterfallDialog<TState> _waterfall;
    private readonly DialogInstance _instance;

    internal WaterfallStepContext(
        WaterfallDialog<TState> waterfall, DialogContext dc, int index, TState values, DialogReason reason, object? options, object? result)
    {
        _waterfall = waterfall;
        _instance = dc.ActiveDialog!;
        Dialogs = dc;
        Index = index;
        Values = values;
        Reason = reason;
        Options = options;
        Result = result;
    }

    /// <summary>The dialog context the waterfall runs in.</summary>
    public DialogContext Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context => Dialogs.Context;

    /// <summary>The user's typed text and clicked data for this turn.</summary>
    public UserInput Input => Dialogs.Input;

    /// <summary>The step's position, from 0.</summary>
    public int Index { get; }

    /// <summary>The waterfall's typed values, saved between turns; change them freely.</summary>
    public TState Values { get; }

    /// <summary>Why this step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>The options the waterfall was begun with (only on the turn it began).</summary>
    public object? Options { get; }

    /// <summary>The previous step's result, e.g. a prompt's recognised answer.</summary>
    public object? Result { get; }

    internal bool MovedOn { get; private set; }

    /// <summary>Runs the next step now with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken)
    {
        MarkMovedOn();
        return _waterfall.RunStepAsync(Dialogs, Index + 1, Values, DialogReason.NextCalled, options: null, result, cancellationToken);
    }

    /// <summary>Begins a child dialog; its result reaches the next step. The values are saved first.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        MarkMovedOn();
        _waterfall.Save(_instance, Index, Values);
        return Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Begins a prompt; its recognised answer reaches the next step as <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, Prompts.PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends the waterfall with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        MarkMovedOn();
        return Dialogs.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Ends the waterfall and begins another dialog in its place (or the same one again with new values).</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        MarkMovedOn();
        return Dialogs.ReplaceDialogAsync(dialogId, options, cancellationToken);
    }

    private void MarkMovedOn()
    {
        if (MovedOn)
        {
            throw new InvalidOperationException("A step can move on only once.");
        }

        MovedOn = true;
    }
}
