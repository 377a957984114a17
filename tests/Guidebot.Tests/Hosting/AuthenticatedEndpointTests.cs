using System.Net;
using System.Net.Http.Headers;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Hosting;

/// <summary>The endpoint with an app id configured: nothing runs without a valid Bot Framework token.</summary>
public sealed class AuthenticatedEndpointTests : IClassFixture<AuthenticatedEndpointTests.Factory>
{
    private readonly HttpClient _client;

    public AuthenticatedEndpointTests(Factory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Post_WithoutAuthorizationHeader_Is401()
    {
        using var response = await _client.PostActivityAsync(Activities.Message("hej"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithGarbageToken_Is401OrUnavailableButNeverRuns()
    {
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-jwt");

        using var response = await _client.PostActivityAsync(Activities.Message("hej"));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable });
        Assert.DoesNotContain("activities", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class Factory : GuidebotFactory
    {
        public Factory()
        {
            With("MicrosoftAppType", "SingleTenant");
            With("MicrosoftAppId", "00000000-0000-0000-0000-000000000001");
            With("MicrosoftAppPassword", "secret");
            With("MicrosoftAppTenantId", "00000000-0000-0000-0000-000000000002");
            // Metadata nobody serves: if validation ever got that far, it must fail closed.
            With("BotFramework:OpenIdMetadataUrl", "https://127.0.0.1:1/v1/.well-known/openidconfiguration");
        }
    }
}
