namespace Guidebot.BotFramework.Storage;

/// <summary>A write named an ETag that no longer matches the stored item (or the item already exists).</summary>
public sealed class EtagException : Exception
{
    /// <summary>Creates the exception for a key.</summary>
    public EtagException(string key)
        : base($"The stored item '{key}' has changed since it was read.") => Key = key;

    /// <summary>Creates the exception with a message.</summary>
    public EtagException() => Key = string.Empty;

    /// <summary>Creates the exception with a message and inner exception.</summary>
    public EtagException(string message, Exception innerException)
        : base(message, innerException) => Key = string.Empty;

    /// <summary>The key whose write was refused.</summary>
    public string Key { get; }
}
