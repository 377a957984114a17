using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Guidebot.BotFramework.Auth;
using Guidebot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace Guidebot.BotFramework.Tests.Connector;

public sealed class MicrosoftAppCredentialsTests
{
    private const string AppId = "9b6c2e1a-0000-4000-8000-000000000001";
    private const string TenantId = "4a1b2c3d-0000-4000-8000-0000000000aa";

    [Fact]
    public async Task GetTokenAsync_MultiTenant_AsksBotFrameworkAuthorityForBotFrameworkScope()
    {
        var login = new FakeLogin();
        var credentials = Credentials(login, new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "secret" });

        var token = await credentials.GetTokenAsync(CancellationToken.None);

        Assert.Equal("issued-token", token);
        var request = Assert.Single(login.TokenRequests);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", request.Body, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", request.Body, StringComparison.Ordinal);
        Assert.Contains($"client_id={AppId}", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_SingleTenant_AsksTheBotsTenant()
    {
        var login = new FakeLogin();
        var credentials = Credentials(login, new BotFrameworkOptions
        {
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = TenantId,
        });

        await credentials.GetTokenAsync(CancellationToken.None);

        var request = Assert.Single(login.TokenRequests);
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_CalledTwice_TokenComesFromMsalCache()
    {
        var login = new FakeLogin();
        var credentials = Credentials(login, new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "secret" });

        await credentials.GetTokenAsync(CancellationToken.None);
        var second = await credentials.GetTokenAsync(CancellationToken.None);

        Assert.Equal("issued-token", second);
        Assert.Single(login.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_NoAppId_Throws()
    {
        var login = new FakeLogin();
        var credentials = Credentials(login, new BotFrameworkOptions());

        await Assert.ThrowsAsync<InvalidOperationException>(() => credentials.GetTokenAsync(CancellationToken.None));
        Assert.Empty(login.TokenRequests);
    }

    private static MicrosoftAppCredentials Credentials(FakeLogin login, BotFrameworkOptions options) =>
        new(Options.Create(options), new SingleClientFactory(login));

    /// <summary>Entra ID's token endpoint, in process: every token request gets a one-hour token.</summary>
    private sealed class FakeLogin : HttpMessageHandler
    {
        public ConcurrentQueue<ReceivedRequest> TokenRequests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound);
            }

            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            TokenRequests.Enqueue(new ReceivedRequest(request.Method, request.RequestUri, null, body));
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"issued-token"}""", Encoding.UTF8, "application/json"),
            };
        }
    }

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
