using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Guidebot.Testing.Auth;

/// <summary>
/// A stand-in for Entra ID in process: its OpenID metadata and signing key (served as an <see cref="HttpMessageHandler"/>)
/// and the access tokens Teams tab SSO gets for the bot's app registration.
/// </summary>
public sealed class FakeEntraId : HttpMessageHandler
{
    public const string AppId = "6d3a3a8e-0b8e-4c59-9d6e-3f1f0c7b2a11";
    public const string TenantId = "2f4a9d7c-81b5-4e2f-a0c3-5d6e7f809a1b";
    public const string ObjectId = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
    public const string Domain = "guidebot.example.dk";
    public const string ApplicationIdUri = $"api://{Domain}/{AppId}";
    public const string MetadataUrl = $"https://login.entra.test/{TenantId}/v2.0/.well-known/openid-configuration";
    public const string Scope = "access_as_user";
    private const string KeysUrl = "https://login.entra.test/common/discovery/v2.0/keys";
    private const string KeyId = "entra-test-key";

    private readonly RSA _rsa = RSA.Create(2048);

    /// <summary>When set, every request fails with this status, as when Entra ID cannot be reached.</summary>
    public HttpStatusCode? FailWith { get; set; }

    /// <summary>A key Entra ID does not publish, for forged tokens.</summary>
    public static RsaSecurityKey ForeignKey() => new(RSA.Create(2048)) { KeyId = KeyId };

    /// <summary>The v2.0 issuer of a tenant.</summary>
    public static string Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>The v1 issuer of a tenant.</summary>
    public static string V1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    /// <summary>
    /// An access token as Teams gets it for the tab (v2.0: audience the app id); each argument overrides one aspect.
    /// It also carries the user's name and e-mail, as real tokens do, which the bot must neither keep nor log.
    /// </summary>
    public string Issue(
        string audience = AppId,
        string tenantId = TenantId,
        string? issuer = null,
        string objectId = ObjectId,
        string? scope = Scope,
        DateTime? expires = null,
        RsaSecurityKey? signWith = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        var claims = new Dictionary<string, object>
        {
            ["tid"] = tenantId,
            ["oid"] = objectId,
            ["name"] = "Karin Testesen",
            ["preferred_username"] = "karin.testesen@jobcenter.example.dk",
        };
        if (scope is not null)
        {
            claims["scp"] = scope;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer(tenantId),
            Audience = audience,
            Claims = claims,
            NotBefore = expiry.AddHours(-2),
            IssuedAt = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(signWith ?? new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (FailWith is { } status)
        {
            return Task.FromResult(new HttpResponseMessage(status));
        }

        var body = request.RequestUri!.AbsoluteUri switch
        {
            MetadataUrl => $$"""
                {
                  "issuer": "https://login.microsoftonline.com/{tenantid}/v2.0",
                  "authorization_endpoint": "https://login.entra.test/common/oauth2/v2.0/authorize",
                  "jwks_uri": "{{KeysUrl}}",
                  "id_token_signing_alg_values_supported": ["RS256"]
                }
                """,
            KeysUrl => $$"""{"keys":[{{Jwk()}}]}""",
            _ => null,
        };
        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    private string Jwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return $$"""{"kty":"RSA","use":"sig","kid":"{{KeyId}}","n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}","e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}"}""";
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rsa.Dispose();
        }

        base.Dispose(disposing);
    }
}
