namespace Guidebot.Hosting;

/// <summary>Whether the bot may run without Bot Framework authentication outside Development (<c>BotFramework:AllowUnauthenticated</c>).</summary>
internal sealed class BotAccessOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>
    /// Without an app id every request to /api/messages is accepted, so anyone who reaches the bot can act as any user.
    /// Outside Development that stops startup unless this is true; the bot then warns at startup and on /readyz.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }
}
