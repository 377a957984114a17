using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Guidebot.BotFramework.Tests.Auth;

/// <summary>A stand-in for the Bot Framework channel service: its own RSA signing key and the tokens it issues.</summary>
internal sealed class ChannelTokens : IDisposable
{
    public const string AppId = "9b6c2e1a-bot-app-id";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string Issuer = "https://api.botframework.com";

    private readonly RSA _rsa = RSA.Create(2048);

    public ChannelTokens(string keyId) => KeyId = keyId;

    public string KeyId { get; }

    public RsaSecurityKey SigningKey => new(_rsa) { KeyId = KeyId };

    /// <summary>The key as a JWKS entry, optionally with the channels it is endorsed for.</summary>
    public string JwksEntry(params string[] endorsements)
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var endorsed = endorsements.Length == 0 ? "" : $$""","endorsements":[{{string.Join(",", endorsements.Select(e => $"\"{e}\""))}}]""";
        return $$"""{"kty":"RSA","use":"sig","kid":"{{KeyId}}","n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}","e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}"{{endorsed}}}""";
    }

    /// <summary>A token as the channel issues it; each argument overrides one aspect.</summary>
    public string Issue(
        string issuer = Issuer,
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        RsaSecurityKey? signWith = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = expiry.AddHours(-2),
            IssuedAt = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(signWith ?? SigningKey, algorithm),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public static string IssueUnsigned()
    {
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            $$"""{"iss":"{{Issuer}}","aud":"{{AppId}}","serviceurl":"{{ServiceUrl}}","exp":{{exp}}}"""));
        return $"{header}.{payload}.";
    }

    public void Dispose() => _rsa.Dispose();
}
