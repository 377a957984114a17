namespace Guidebot.BotFramework.Storage;

/// <summary>
/// The storage cannot be reached or written right now (Redis down or timing out, SQLite file read-only or disk full).
/// Nothing was written; the adapter answers the turn with 503 so the channel retries later.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the provider's own exception.</summary>
    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
