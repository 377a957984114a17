using System.Net.Http.Headers;
using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Guidebot.BotFramework.Auth;

/// <summary>
/// Authenticates requests from the Bot Framework channel service: the bearer JWT must be signed by a key from
/// the channel's OpenID metadata (endorsed for the activity's channel), issued by <c>https://api.botframework.com</c>
/// for this bot's app id, and carry a <c>serviceurl</c> claim equal to the activity's service URL.
/// </summary>
public sealed partial class BotFrameworkAuthenticator
{
    /// <summary>The key under which the channel metadata's configuration manager is registered.</summary>
    public const string MetadataServiceKey = "Guidebot.BotFramework.ChannelOpenIdMetadata";

    internal const string Issuer = "https://api.botframework.com";
    internal const string ServiceUrlClaim = "serviceurl";
    private const string EndorsementsProperty = "endorsements";

    private readonly BotFrameworkOptions _options;
    private readonly OpenIdTokenValidator _validator;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;

    /// <summary>Creates the authenticator over the channel's OpenID metadata.</summary>
    public BotFrameworkAuthenticator(
        IOptions<BotFrameworkOptions> options,
        [FromKeyedServices(MetadataServiceKey)] IConfigurationManager<OpenIdConnectConfiguration> metadata,
        ILogger<BotFrameworkAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        _logger = logger;
        _validator = new OpenIdTokenValidator(metadata, LogMetadataUnavailable);
    }

    /// <summary>
    /// Checks the request's <c>Authorization</c> header against the activity. Without a configured app id every
    /// request is <see cref="AuthenticationOutcome.Anonymous"/>; when the signing keys cannot be loaded the request
    /// is <see cref="AuthenticationOutcome.Unavailable"/>, never accepted.
    /// </summary>
    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_options.HasAppId)
        {
            return AuthenticationResult.Anonymous;
        }

        var result = await ValidateAsync(authorizationHeader, activity, cancellationToken);
        if (result.Outcome == AuthenticationOutcome.Unauthorized)
        {
            LogRejected(result.Reason);
        }

        return result;
    }

    private async Task<AuthenticationResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (!AuthenticationHeaderValue.TryParse(authorizationHeader, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return AuthenticationResult.Unauthorized("missing bearer token");
        }

        if (await _validator.ValidateAsync(header.Parameter, Expect, cancellationToken) is not { } validation)
        {
            return AuthenticationResult.Unavailable("signing keys unavailable");
        }

        if (!validation.Result.IsValid || validation.Result.SecurityToken is not JsonWebToken token)
        {
            return AuthenticationResult.Unauthorized(OpenIdTokenValidator.DescribeFailure(validation.Result.Exception));
        }

        return CheckActivity(token, validation.Configuration, activity);
    }

    private static AuthenticationResult CheckActivity(JsonWebToken token, OpenIdConnectConfiguration configuration, Activity activity)
    {
        if (!IsEndorsed(configuration, token.SigningKey?.KeyId, activity.ChannelId))
        {
            return AuthenticationResult.Unauthorized("signing key not endorsed for the channel");
        }

        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) || string.IsNullOrWhiteSpace(serviceUrl))
        {
            return AuthenticationResult.Unauthorized("serviceurl claim missing");
        }

        // Bot Framework compares the claim and the activity's service URL as strings, ignoring case.
        return string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationResult.Authenticated
            : AuthenticationResult.Unauthorized("serviceurl claim does not match the activity");
    }

    /// <summary>
    /// A key in the channel's JWKS may list the channels it signs for (<c>endorsements</c>); when it does, the
    /// activity's channel must be one of them (ordinal, as Bot Framework). Unlike Bot Framework, an activity that
    /// names no channel is refused rather than waved through, and so is a key missing from the key set.
    /// </summary>
    private static bool IsEndorsed(OpenIdConnectConfiguration configuration, string? keyId, string? channelId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(candidate => string.Equals(candidate.Kid, keyId, StringComparison.Ordinal));
        if (key is null)
        {
            return false;
        }

        if (!key.AdditionalData.TryGetValue(EndorsementsProperty, out var value))
        {
            return true;
        }

        if (value is not JsonElement { ValueKind: JsonValueKind.Array } endorsements)
        {
            return false;
        }

        return endorsements.GetArrayLength() == 0
            || (!string.IsNullOrEmpty(channelId)
                && endorsements.EnumerateArray().Any(endorsement => endorsement.ValueKind == JsonValueKind.String && endorsement.ValueEquals(channelId)));
    }

    private void Expect(TokenValidationParameters parameters)
    {
        parameters.ValidIssuer = Issuer;
        parameters.ValidAudience = _options.MicrosoftAppId;

        // The key must be found by the token's kid: its endorsements are looked up by that kid.
        parameters.TryAllIssuerSigningKeys = false;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected an inbound Bot Framework request: {Reason}")]
    private partial void LogRejected(string? reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Cannot load the Bot Framework signing keys; inbound requests are refused until they load")]
    private partial void LogMetadataUnavailable(Exception exception);
}
