using System.Security.Cryptography;
using System.Text;
using Guidebot.BotFramework.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Guidebot.ReliabilityTests.Support;

namespace Guidebot.ReliabilityTests.Auth;

/// <summary>
/// A stand-in Bot Framework channel authority on loopback: it serves OpenID metadata and a JWKS with its own RSA
/// key (endorsed for msteams), issues tokens, and can be told to fail.
/// </summary>
public sealed class ChannelAuthority : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b0";
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "loopback-key";

    private readonly RSA _rsa = RSA.Create(2048);
    private LoopbackServer? _server;

    public bool Failing { get; set; }

    public string MetadataUrl => $"{_server!.BaseUrl}v1/.well-known/openidconfiguration";

    public RsaSecurityKey SigningKey => new(_rsa) { KeyId = KeyId };

    public static async Task<ChannelAuthority> StartAsync()
    {
        var authority = new ChannelAuthority();
        authority._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) => authority.Failing
                ? Results.StatusCode(500)
                : Results.Text($$"""
                    {"issuer":"{{Issuer}}","jwks_uri":"{{authority._server!.BaseUrl}}v1/.well-known/keys",
                     "id_token_signing_alg_values_supported":["RS256"]}
                    """, "application/json"));
            app.MapGet("/v1/.well-known/keys", () => authority.Failing ? Results.StatusCode(500) : Results.Text(authority.Jwks(), "application/json"));
        });
        return authority;
    }

    /// <summary>The channel's configuration manager, reading the loopback metadata over http (the real one insists on https).</summary>
    public void Replace(IServiceCollection services)
    {
        var existing = services.Single(d => d.IsKeyedService && Equals(d.ServiceKey, BotFrameworkAuthenticator.MetadataServiceKey));
        services.Remove(existing);
        services.AddKeyedSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(
            BotFrameworkAuthenticator.MetadataServiceKey,
            new ConfigurationManager<OpenIdConnectConfiguration>(MetadataUrl, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false }));
    }

    public string Issue(
        string serviceUrl,
        string audience = AppId,
        DateTime? notBefore = null,
        bool withServiceUrl = true,
        SigningCredentials? credentials = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>();
        if (withServiceUrl)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var nbf = notBefore ?? now.AddMinutes(-5);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = nbf,
            IssuedAt = nbf,
            Expires = nbf.AddHours(1),
            SigningCredentials = credentials ?? new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The classic key-confusion forgery: HS256 with the public key's bytes as the HMAC secret.</summary>
    public string IssueHs256WithPublicKey(string serviceUrl)
    {
        var publicKey = _rsa.ExportSubjectPublicKeyInfo();
        return Issue(serviceUrl, credentials: new SigningCredentials(new SymmetricSecurityKey(publicKey) { KeyId = KeyId }, SecurityAlgorithms.HmacSha256));
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public static string IssueUnsigned(string serviceUrl)
    {
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","typ":"JWT","kid":"{{KeyId}}"}"""));
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            $$"""{"iss":"{{Issuer}}","aud":"{{AppId}}","serviceurl":"{{serviceUrl}}","exp":{{exp}}}"""));
        return $"{header}.{payload}.";
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _rsa.Dispose();
    }

    private string Jwks()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return $$"""
            {"keys":[{"kty":"RSA","use":"sig","kid":"{{KeyId}}","n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}",
              "e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}","endorsements":["msteams"]}]}
            """;
    }
}
