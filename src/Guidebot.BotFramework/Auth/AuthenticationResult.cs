namespace Guidebot.BotFramework.Auth;

/// <summary>The verdict on an inbound request; the host maps it to a status code.</summary>
public enum AuthenticationOutcome
{
    /// <summary>A valid Bot Framework token for this bot: process the activity.</summary>
    Authenticated,

    /// <summary>No app id is configured (local development): process the activity, reply to loopback only.</summary>
    Anonymous,

    /// <summary>The token is missing or invalid: answer 401.</summary>
    Unauthorized,

    /// <summary>The signing keys cannot be loaded, so no token can be checked now: answer 503 (never accept).</summary>
    Unavailable,
}

/// <summary>The result of <see cref="BotFrameworkAuthenticator.AuthenticateAsync"/>.</summary>
/// <param name="Outcome">What the host should do with the request.</param>
/// <param name="Reason">A short reason for a refusal, safe to log and to return; never token text.</param>
public sealed record AuthenticationResult(AuthenticationOutcome Outcome, string? Reason = null)
{
    /// <summary>Whether the activity may be processed.</summary>
    public bool IsAccepted => Outcome is AuthenticationOutcome.Authenticated or AuthenticationOutcome.Anonymous;

    internal static AuthenticationResult Authenticated { get; } = new(AuthenticationOutcome.Authenticated);

    internal static AuthenticationResult Anonymous { get; } = new(AuthenticationOutcome.Anonymous);

    internal static AuthenticationResult Unauthorized(string reason) => new(AuthenticationOutcome.Unauthorized, reason);

    internal static AuthenticationResult Unavailable(string reason) => new(AuthenticationOutcome.Unavailable, reason);
}
