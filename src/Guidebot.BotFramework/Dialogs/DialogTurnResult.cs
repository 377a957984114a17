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

/// <summary>The outcome of running dialogs for a turn.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The dialog waits for the user's next input.</summary>
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>No dialog is running.</summary>
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);
}
