namespace Guidebot.BotFramework.Dialogs;

/// <summary>Where a dialog stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog is running.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next input.</summary>
    Waiting,

    /// <summary>The dialog finished, possibly with a result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}

/// <summary>Why a dialog is ended or resumed.</summary>
public enum DialogReason
{
    /// <summary>The dialog was begun.</summary>
    BeginCalled,

    /// <summary>The dialog continues with new input.</summary>
    ContinueCalled,

    /// <summary>The dialog ended itself.</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall moved on to its next step.</summary>
    NextCalled,
}

/// <summary>The outcome of running dialogs for a turn.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The dialog waits for the user's next input.</summary>
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>No dialog is running.</summary>
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);
}
