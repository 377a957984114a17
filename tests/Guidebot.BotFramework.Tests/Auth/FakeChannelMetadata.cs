using System.Net;
using System.Text;

namespace Guidebot.BotFramework.Tests.Auth;

/// <summary>Serves the channel's OpenID metadata and JWKS in process; can be switched to fail.</summary>
internal sealed class FakeChannelMetadata : HttpMessageHandler
{
    public const string MetadataUrl = "https://login.channel.test/v1/.well-known/openidconfiguration";
    private const string KeysUrl = "https://login.channel.test/v1/.well-known/keys";

    private int _keyRequests;

    /// <summary>The JWKS entries served, as produced by <see cref="ChannelTokens.JwksEntry"/>.</summary>
    public IReadOnlyList<string> Keys { get; set; } = [];

    /// <summary>When set, every request fails with this status.</summary>
    public HttpStatusCode? FailWith { get; set; }

    public int KeyRequests => _keyRequests;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.AbsoluteUri;
        if (FailWith is { } status)
        {
            return Task.FromResult(new HttpResponseMessage(status));
        }

        if (url == KeysUrl)
        {
            Interlocked.Increment(ref _keyRequests);
        }

        var body = url switch
        {
            MetadataUrl => $$"""
                {
                  "issuer": "https://api.botframework.com",
                  "authorization_endpoint": "https://invalid.botframework.com",
                  "jwks_uri": "{{KeysUrl}}",
                  "id_token_signing_alg_values_supported": ["RS256"],
                  "token_endpoint_auth_methods_supported": ["private_key_jwt"]
                }
                """,
            KeysUrl => $$"""{"keys":[{{string.Join(",", Keys)}}]}""",
            _ => null,
        };
        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
