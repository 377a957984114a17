using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Dialogs;

/// <summary>A unit of conversation with its own state on the dialog stack.</summary>
public abstract class Dialog
{
    /// <summary>Creates a dialog with an id unique within its <see cref="DialogSet"/>.</summary>
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>A result that tells the caller the dialog waits for the user's next input.</summary>
    public static DialogTurnResult EndOfTurn => DialogTurnResult.Waiting;

    /// <summary>The dialog's id.</summary>
    public string Id { get; }

    /// <summary>Starts the dialog; it has just been pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Handles the user's next input while the dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Resumes after the dialog it began ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Shows the dialog's current question again, e.g. after an interruption.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
