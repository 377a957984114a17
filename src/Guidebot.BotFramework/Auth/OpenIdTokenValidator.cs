using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Guidebot.BotFramework.Auth;

/// <summary>
/// Validates JWTs against the signing keys of an OpenID metadata document, cached by a configuration manager: signed
/// (RS256) by one of those keys, unexpired (5 minutes' clock skew), plus the issuer and audience the caller sets. A token
/// signed with a key the cached keys lack triggers one refresh and a second try, as the issuer may have rotated its keys.
/// When the keys cannot be loaded there is no result, and the caller must refuse the token (fail closed).
/// </summary>
public sealed class OpenIdTokenValidator
{
    private readonly IConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly Action<Exception> _onMetadataUnavailable;
    private readonly JsonWebTokenHandler _tokenHandler = new();

    /// <summary>Creates the validator; <paramref name="onMetadataUnavailable"/> hears why the keys could not be loaded (to log it).</summary>
    public OpenIdTokenValidator(IConfigurationManager<OpenIdConnectConfiguration> metadata, Action<Exception> onMetadataUnavailable)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(onMetadataUnavailable);
        _metadata = metadata;
        _onMetadataUnavailable = onMetadataUnavailable;
    }

    /// <summary>
    /// The validation of <paramref name="token"/> and the metadata it used, or null when the signing keys cannot be loaded;
    /// <paramref name="expect"/> sets the issuer and audience the token must have.
    /// </summary>
    public async Task<OpenIdValidation?> ValidateAsync(string token, Action<TokenValidationParameters> expect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expect);
        if (await GetMetadataAsync(cancellationToken) is not { } configuration)
        {
            return null;
        }

        var result = await _tokenHandler.ValidateTokenAsync(token, Parameters(configuration, expect));
        if (result.Exception is not SecurityTokenSignatureKeyNotFoundException)
        {
            return new(result, configuration);
        }

        _metadata.RequestRefresh();
        return await GetMetadataAsync(cancellationToken) is { } refreshed
            ? new(await _tokenHandler.ValidateTokenAsync(token, Parameters(refreshed, expect)), refreshed)
            : null;
    }

    private static TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, Action<TokenValidationParameters> expect)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateLifetime = true,
        };
        expect(parameters);
        return parameters;
    }

    /// <summary>A short reason for a failed validation, safe to log and to return; never token text.</summary>
    public static string DescribeFailure(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key",
        SecurityTokenInvalidSignatureException => "invalid signature",
        SecurityTokenMalformedException => "malformed token",
        _ => "invalid token",
    };

    private async Task<OpenIdConnectConfiguration?> GetMetadataAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _onMetadataUnavailable(exception);
            return null;
        }
    }
}

/// <summary>A token's validation and the OpenID metadata whose keys it was checked against.</summary>
/// <param name="Result">Whether the token is valid, and why not.</param>
/// <param name="Configuration">The metadata used, e.g. for the signing key's other properties.</param>
public sealed record OpenIdValidation(TokenValidationResult Result, OpenIdConnectConfiguration Configuration);
