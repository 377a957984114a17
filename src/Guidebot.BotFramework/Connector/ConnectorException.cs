using System.Net;

namespace Guidebot.BotFramework.Connector;

/// <summary>An activity could not be delivered to the channel; the turn goes on, the host keeps running.</summary>
public class ConnectorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConnectorException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a channel answer that was not a success.</summary>
    public ConnectorException(string message, HttpStatusCode statusCode)
        : base(message) => StatusCode = statusCode;

    /// <summary>The channel's last HTTP status, or null when no answer came (refused, timed out, no token).</summary>
    public HttpStatusCode? StatusCode { get; }
}
