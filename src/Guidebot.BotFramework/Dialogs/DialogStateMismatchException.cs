namespace Guidebot.BotFramework.Dialogs;

/// <summary>Saved dialog state that the current dialogs cannot continue (an older version, or a removed dialog).</summary>
public sealed class DialogStateMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DialogStateMismatchException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DialogStateMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public DialogStateMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
