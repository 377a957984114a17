using System.Security.Cryptography;
using System.Text;
using Guidebot.BotFramework.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Guidebot.Hosting;

/// <summary>
/// Signs in the user of the Teams tab from the Entra ID access token Teams gave the page (tab SSO): signed by a key
/// from Entra ID's OpenID metadata, issued by the token's own tenant (v1 or v2 issuer) — with
/// <c>MicrosoftAppTenantId</c> set, only that tenant — for this app (its id or <c>TeamsTab:ApplicationIdUri</c>), still
/// valid, and delegated by a user (scope <c>access_as_user</c>). Fails closed: keys that cannot be loaded refuse every token.
/// The user id is derived from the tenant and object ids only; no other claim is kept or logged.
/// </summary>
internal sealed partial class TeamsTabAuthenticator
{
    public const string MetadataServiceKey = "Guidebot.TeamsTab.EntraMetadata";
    public const string MetadataClientName = "Guidebot.TeamsTab.EntraMetadata";

    /// <summary>The scope the app registration exposes for the tab; Teams asks Entra ID for it on the user's behalf.</summary>
    public const string Scope = "access_as_user";

    private readonly BotFrameworkOptions _bot;
    private readonly TeamsTabOptions _options;
    private readonly OpenIdTokenValidator _validator;
    private readonly ILogger<TeamsTabAuthenticator> _logger;

    public TeamsTabAuthenticator(
        IOptions<BotFrameworkOptions> bot,
        IOptions<TeamsTabOptions> options,
        [FromKeyedServices(MetadataServiceKey)] IConfigurationManager<OpenIdConnectConfiguration> metadata,
        ILogger<TeamsTabAuthenticator> logger)
    {
        _bot = bot.Value;
        _options = options.Value;
        _logger = logger;
        _validator = new OpenIdTokenValidator(metadata, LogMetadataUnavailable);
    }

    /// <summary>The signed-in user, or why not: 401 for a missing or invalid token, 503 when the signing keys cannot be loaded.</summary>
    public async Task<TabSignIn> SignInAsync(string? accessToken, CancellationToken cancellationToken)
    {
        var signIn = await ValidateAsync(accessToken, cancellationToken);
        if (signIn.Status == StatusCodes.Status401Unauthorized)
        {
            LogRejected(signIn.Reason);
        }

        return signIn;
    }

    private async Task<TabSignIn> ValidateAsync(string? accessToken, CancellationToken cancellationToken)
    {
        if (!_bot.HasAppId)
        {
            return TabSignIn.Refused("the bot has no MicrosoftAppId, so the tab cannot sign anyone in");
        }

        if (string.IsNullOrWhiteSpace(accessToken))
        {
            return TabSignIn.Refused("missing bearer token");
        }

        if (await _validator.ValidateAsync(accessToken, Expect, cancellationToken) is not { Result: var validation })
        {
            return TabSignIn.Unavailable;
        }

        return validation.IsValid && validation.SecurityToken is JsonWebToken token
            ? SignedIn(token)
            : TabSignIn.Refused(OpenIdTokenValidator.DescribeFailure(validation.Exception));
    }

    private TabSignIn SignedIn(JsonWebToken token)
    {
        if (!Guid.TryParse(Claim(token, "tid"), out var tenantId) || !Guid.TryParse(Claim(token, "oid"), out var objectId))
        {
            return TabSignIn.Refused("tid or oid claim missing");
        }

        // A tenant configured by name rather than by id cannot be compared with the token's: refuse rather than accept any.
        if (!string.IsNullOrWhiteSpace(_bot.MicrosoftAppTenantId) && (!Guid.TryParse(_bot.MicrosoftAppTenantId, out var allowed) || tenantId != allowed))
        {
            return TabSignIn.Refused("wrong tenant");
        }

        // An app-only token has no scp; a user's token for this tab has the scope it was granted.
        if (Claim(token, "scp")?.Split(' ').Contains(Scope, StringComparer.Ordinal) != true)
        {
            return TabSignIn.Refused($"the token is not delegated with the {Scope} scope");
        }

        return TabSignIn.User(UserId(tenantId, objectId));
    }

    /// <summary>The tab's user id: a hash of the tenant and object ids, so state is keyed per person without keeping either id.</summary>
    public static string UserId(Guid tenantId, Guid objectId) =>
        "tab-user-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId:D}/{objectId:D}")))[..32];

    private static string? Claim(JsonWebToken token, string name) => token.TryGetPayloadValue<string>(name, out var value) ? value : null;

    private void Expect(TokenValidationParameters parameters)
    {
        parameters.ValidAudiences = string.IsNullOrWhiteSpace(_options.ApplicationIdUri) ? [_bot.MicrosoftAppId] : [_bot.MicrosoftAppId, _options.ApplicationIdUri];
        parameters.IssuerValidator = ValidateIssuer;
    }

    // Entra ID's issuer names the token's own tenant: v2.0 tokens https://login.microsoftonline.com/{tid}/v2.0, v1 tokens https://sts.windows.net/{tid}/.
    private static string ValidateIssuer(string issuer, SecurityToken securityToken, TokenValidationParameters parameters)
    {
        if (securityToken is JsonWebToken token && Guid.TryParse(Claim(token, "tid"), out var tenantId)
            && (issuer == $"https://login.microsoftonline.com/{tenantId:D}/v2.0" || issuer == $"https://sts.windows.net/{tenantId:D}/"))
        {
            return issuer;
        }

        throw new SecurityTokenInvalidIssuerException("The issuer is not Entra ID for the token's tenant.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Teams tab sign-in: {Reason}")]
    private partial void LogRejected(string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot load the Entra ID signing keys; Teams tab sign-ins are refused until they load")]
    private partial void LogMetadataUnavailable(Exception exception);
}

/// <summary>The outcome of a tab sign-in: the user id (200), or the status (401, 503) and a short reason safe to log and return.</summary>
internal sealed record TabSignIn(string? UserId, int Status, string? Reason)
{
    public static TabSignIn Unavailable { get; } = new(null, StatusCodes.Status503ServiceUnavailable, "signing keys unavailable");

    public static TabSignIn User(string userId) => new(userId, StatusCodes.Status200OK, null);

    public static TabSignIn Refused(string reason) => new(null, StatusCodes.Status401Unauthorized, reason);
}
