namespace Guidebot.Hosting;

/// <summary>The Teams tab's sign-in (section <c>TeamsTab</c>): which Entra ID access tokens its endpoints accept.</summary>
internal sealed class TeamsTabOptions
{
    public const string SectionName = "TeamsTab";

    /// <summary>
    /// The Application ID URI of the bot's app registration, as in the manifest's <c>webApplicationInfo.resource</c>
    /// (<c>api://&lt;domain&gt;/&lt;app id&gt;</c>): the audience of v1 access tokens. v2 tokens carry the app id, which is always accepted.
    /// </summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>Where Entra ID publishes its signing keys; by default the metadata of <c>MicrosoftAppTenantId</c>, or of <c>common</c> without one.</summary>
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>The Entra ID v2.0 OpenID metadata of the tenant, or of <c>common</c> for any tenant.</summary>
    public static string DefaultOpenIdMetadataUrl(string? tenantId) =>
        $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(tenantId) ? "common" : tenantId.Trim())}/v2.0/.well-known/openid-configuration";
}
