namespace Guidebot.BotFramework.Connector;

/// <summary>
/// The activity's service URL is not one replies may go to: not http(s), not loopback while no app id is configured
/// (local development), or plain http to a remote host while a bearer token would be sent. Nothing was sent.
/// </summary>
public sealed class UntrustedServiceUrlException : ConnectorException
{
    /// <summary>Creates the exception.</summary>
    public UntrustedServiceUrlException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
