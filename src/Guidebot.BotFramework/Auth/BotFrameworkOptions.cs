namespace Guidebot.BotFramework.Auth;

/// <summary>
/// The bot's Bot Framework identity, bound from the top-level configuration keys the Bot Framework samples use
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>)
/// plus <c>BotFramework:OpenIdMetadataUrl</c>. No app id means local development: no authentication, loopback replies only.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The configuration section of the settings that are not top-level Bot Framework keys.</summary>
    public const string SectionName = "BotFramework";

    /// <summary>The app type of a bot registered for any tenant (the default).</summary>
    public const string MultiTenant = "MultiTenant";

    /// <summary>The app type of a bot registered in one tenant.</summary>
    public const string SingleTenant = "SingleTenant";

    /// <summary>Where the Bot Framework channel service publishes its OpenID metadata and signing keys.</summary>
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary><see cref="MultiTenant"/> (also when empty) or <see cref="SingleTenant"/>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's Entra ID application (client) id; empty for local development.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The application's client secret.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant of a <see cref="SingleTenant"/> bot.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>The OpenID metadata document inbound tokens are validated against.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Whether an app id is configured, i.e. requests are authenticated and replies carry a token.</summary>
    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Whether the bot is registered in a single tenant.</summary>
    public bool IsSingleTenant => string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase);
}
