using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Dialogs;

/// <summary>Runs the dialogs of one stack during a turn: begin, continue, end with a result, replace, cancel.</summary>
public sealed class DialogContext
{
    private readonly List<DialogInstance> _stack;

    internal DialogContext(DialogSet dialogs, ITurnContext turnContext, List<DialogInstance> stack)
    {
        Dialogs = dialogs;
        Context = turnContext;
        _stack = stack;
        Input = UserInput.From(turnContext.Activity);
    }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The dialogs this context can begin.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The user's typed text and clicked data for this turn.</summary>
    public UserInput Input { get; }

    /// <summary>The stack, active dialog first.</summary>
    public IReadOnlyList<DialogInstance> Stack => _stack;

    /// <summary>The dialog on top of the stack, if any.</summary>
    public DialogInstance? ActiveDialog => _stack.Count > 0 ? _stack[0] : null;

    /// <summary>Pushes a dialog and begins it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' can be begun here.");
        _stack.Insert(0, new DialogInstance { Id = dialogId });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Hands the turn's input to the active dialog; <see cref="DialogTurnStatus.Empty"/> when none is active.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active
            ? Resolve(active).ContinueDialogAsync(this, cancellationToken)
            : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (_stack.Count > 0)
        {
            _stack.RemoveAt(0);
        }

        return ActiveDialog is { } parent
            ? await Resolve(parent).ResumeDialogAsync(this, result, cancellationToken)
            : new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Empties the stack.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        var hadDialogs = _stack.Count > 0;
        _stack.Clear();
        return Task.FromResult(hadDialogs ? new DialogTurnResult(DialogTurnStatus.Cancelled) : DialogTurnResult.Empty);
    }

    /// <summary>Asks the active dialog to show its question again.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active
            ? Resolve(active).RepromptDialogAsync(Context, active, cancellationToken)
            : Task.CompletedTask;

    private Dialog Resolve(DialogInstance instance) =>
        Dialogs.Find(instance.Id) ?? throw new DialogStateMismatchException($"The saved stack names a dialog '{instance.Id}' that no longer exists.");
}
