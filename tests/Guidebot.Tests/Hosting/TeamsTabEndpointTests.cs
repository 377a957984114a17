using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.Hosting;
using Guidebot.Testing.Auth;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guidebot.Tests.Hosting;

/// <summary>
/// The Teams tab's endpoints as Production runs them (no chat page): Entra ID access tokens from Teams tab SSO,
/// checked against a fake Entra ID's signing key, and turns through the same bot as /api/messages.
/// </summary>
public sealed class TeamsTabEndpointTests(TeamsTabEndpointTests.Factory factory) : IClassFixture<TeamsTabEndpointTests.Factory>
{
    private const string ConversationsPath = "/tab/conversations";
    private const string ActivitiesPath = "/tab/activities";
    private const string OtherTenant = "7b0e5c1d-3f2a-4b6c-9d8e-1a2b3c4d5e6f";

    private readonly HttpClient _client = factory.CreateClient();

    private FakeEntraId Entra => factory.Entra;

    [Fact]
    public async Task Start_ValidToken_WelcomeCardOnTheTabChannelForTheSignedInUser()
    {
        var session = await StartAsync(Entra.Issue());

        var welcome = Assert.Single(session.Replies);
        Assert.Equal("teamstab", welcome.ChannelId);
        Assert.NotNull(welcome.Card());
        Assert.Contains("Søg i guiden", welcome.AllText(), StringComparison.Ordinal);
        Assert.Equal(TeamsTabAuthenticator.UserId(Guid.Parse(FakeEntraId.TenantId), Guid.Parse(FakeEntraId.ObjectId)), welcome.Recipient!.Id);
        Assert.StartsWith("tab-conversation-", welcome.Conversation!.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ClickedArea_RepliesWithTheAreaCard()
    {
        var token = Entra.Issue();
        var session = await StartAsync(token);

        var reply = Assert.Single(await SendAsync(token, session.ConversationToken, """{"value":{"verb":"area","area":"raaderum","page":0}}"""));

        Assert.NotNull(reply.Card());
        Assert.Contains("De 10 guidelines", reply.AllText(), StringComparison.Ordinal);
        Assert.Equal(session.ConversationId, reply.Conversation!.Id);
    }

    [Fact]
    public async Task Send_TwoTabSessions_EachKeepsItsOwnConversation()
    {
        var token = Entra.Issue();
        var first = await StartAsync(token);
        var second = await StartAsync(token);
        await SendAsync(token, first.ConversationToken, """{"value":{"verb":"item","item":"raaderum-3"}}""");

        var firstBack = Assert.Single(await SendAsync(token, first.ConversationToken, """{"text":"tilbage"}"""));
        var secondBack = Assert.Single(await SendAsync(token, second.ConversationToken, """{"text":"tilbage"}"""));

        Assert.Contains("Emner", firstBack.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Emner", secondBack.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_V1TokenForTheApplicationIdUri_IsAccepted()
    {
        var token = Entra.Issue(audience: FakeEntraId.ApplicationIdUri, issuer: FakeEntraId.V1Issuer(FakeEntraId.TenantId));

        var session = await StartAsync(token);

        Assert.Single(session.Replies);
    }

    public static TheoryData<string, string> RefusedTokens => new()
    {
        { "wrong audience", nameof(FakeEntraId.ApplicationIdUri) + ":api://other.example.dk/" + FakeEntraId.AppId },
        { "wrong audience", "audience:00000000-0000-0000-0000-000000000009" },
        { "wrong tenant", "tenant:" + OtherTenant },
        { "wrong issuer", "issuer:https://login.microsoftonline.com/" + OtherTenant + "/v2.0" },
        { "wrong issuer", "issuer:https://evil.example/" + FakeEntraId.TenantId + "/v2.0" },
        { "token expired", "expired" },
        { "not delegated", "app-only" },
        { "invalid signature", "forged" },
        { "malformed token", "garbage" },
        { "missing bearer token", "none" },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Start_RefusedToken_Is401WithTheReasonAndRunsNoTurn(string reason, string token)
    {
        using var response = await PostAsync(ConversationsPath, "{}", TokenFor(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(reason, body, StringComparison.Ordinal);
        Assert.DoesNotContain("activities", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ConversationOfAnotherUser_Is401()
    {
        var mine = await StartAsync(Entra.Issue());
        var otherUser = Entra.Issue(objectId: "0f9e8d7c-6b5a-4c3d-8e1f-a2b3c4d5e6f7");

        using var response = await PostAsync(ActivitiesPath, """{"text":"hjælp"}""", otherUser, mine.ConversationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(TeamsTabEndpoints.ConversationHeader, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-conversation-token")]
    public async Task Send_WithoutAConversationToken_Is401(string? conversationToken)
    {
        using var response = await PostAsync(ActivitiesPath, """{"text":"hjælp"}""", Entra.Issue(), conversationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"text":"hej","from":{"id":"admin"}}""", "only 'text'")]
    [InlineData("""{"value":"search"}""", "'value' must be a JSON object")]
    [InlineData("""{}""", "neither 'text' nor 'value'")]
    public async Task Send_BodyNotTextAndValue_Is400WithTheReason(string body, string reason)
    {
        var token = Entra.Issue();
        var session = await StartAsync(token);

        using var response = await PostAsync(ActivitiesPath, body, token, session.ConversationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_TokenWithNameAndEmail_NeitherTheyNorTheObjectIdAreLoggedOrUsedAsIds()
    {
        var token = Entra.Issue();
        var session = await StartAsync(token);
        await SendAsync(token, session.ConversationToken, """{"text":"borgeren gør modstand"}""");
        using var refused = await PostAsync(ConversationsPath, "{}", Entra.Issue(tenantId: OtherTenant));

        Assert.DoesNotContain(FakeEntraId.ObjectId, session.UserId, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(factory.Logs.Lines, line => line.Contains("Rejected a Teams tab sign-in: wrong tenant", StringComparison.Ordinal));
        foreach (var secret in new[] { "Karin", "karin.testesen", FakeEntraId.ObjectId, token[..40] })
        {
            Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Page_TabHtml_IsServedOutsideDevelopmentForTeamsToFrame_WhileTheChatPageIsNot()
    {
        using var tab = await _client.GetAsync(new Uri("/tab.html", UriKind.Relative));
        using var chatPage = await _client.GetAsync(new Uri("/index.html", UriKind.Relative));
        using var devChat = await PostAsync("/devchat/conversations", "{}", null);

        Assert.Equal(HttpStatusCode.OK, tab.StatusCode);
        Assert.Contains("lib/MicrosoftTeams.min.js", await tab.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = tab.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, chatPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, devChat.StatusCode);
    }

    private string? TokenFor(string kind) => kind.Split(':', 2) switch
    {
        [nameof(FakeEntraId.ApplicationIdUri), var audience] => Entra.Issue(audience: audience, issuer: FakeEntraId.V1Issuer(FakeEntraId.TenantId)),
        ["audience", var audience] => Entra.Issue(audience: audience),
        ["tenant", var tenant] => Entra.Issue(tenantId: tenant),
        ["issuer", var issuer] => Entra.Issue(issuer: issuer),
        ["expired"] => Entra.Issue(expires: DateTime.UtcNow.AddHours(-1)),
        ["app-only"] => Entra.Issue(scope: null),
        ["forged"] => Entra.Issue(signWith: FakeEntraId.ForeignKey()),
        ["garbage"] => "not-a-jwt",
        _ => null,
    };

    private async Task<Session> StartAsync(string token)
    {
        using var response = await PostAsync(ConversationsPath, "{}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("userToken", out _), "the tab's user comes from the sign-in, never from a token the page keeps");
        var replies = body.RootElement.GetProperty("activities").EnumerateArray().Select(reply => reply.Deserialize(BotFrameworkJson.Default.Activity)!).ToList();
        return new Session(body.RootElement.GetProperty("conversationToken").GetString()!, replies);
    }

    private async Task<IReadOnlyList<Activity>> SendAsync(string token, string conversationToken, string body)
    {
        using var response = await PostAsync(ActivitiesPath, body, token, conversationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync(BotFrameworkJson.Default.ExpectedReplies))!.Activities;
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string body, string? accessToken, string? conversationToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (conversationToken is not null)
        {
            request.Headers.Add(TeamsTabEndpoints.ConversationHeader, conversationToken);
        }

        return await _client.SendAsync(request);
    }

    private sealed record Session(string ConversationToken, IReadOnlyList<Activity> Replies)
    {
        public string UserId => Replies[0].Recipient!.Id!;

        public string ConversationId => Replies[0].Conversation!.Id!;
    }

    /// <summary>The host as in Production with a single-tenant app id, Entra ID faked in process, every log line captured.</summary>
    public sealed class Factory : GuidebotFactory
    {
        public Factory()
        {
            With("MicrosoftAppType", "SingleTenant");
            With("MicrosoftAppId", FakeEntraId.AppId);
            With("MicrosoftAppPassword", "secret");
            With("MicrosoftAppTenantId", FakeEntraId.TenantId);
            With("TeamsTab:ApplicationIdUri", FakeEntraId.ApplicationIdUri);
            With("TeamsTab:OpenIdMetadataUrl", FakeEntraId.MetadataUrl);
        }

        public FakeEntraId Entra { get; } = new();

        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
            builder.ConfigureServices(services =>
            {
                services.AddDataProtection().UseEphemeralDataProtectionProvider();
                services.AddHttpClient(TeamsTabAuthenticator.MetadataClientName).ConfigurePrimaryHttpMessageHandler(() => Entra);
            });
        }
    }
}

/// <summary>Entra ID's signing keys cannot be loaded: every sign-in is refused with 503, never accepted.</summary>
public sealed class TeamsTabUnavailableKeysTests(TeamsTabEndpointTests.Factory factory) : IClassFixture<TeamsTabEndpointTests.Factory>
{
    [Fact]
    public async Task Start_SigningKeysUnavailable_Is503()
    {
        factory.Entra.FailWith = HttpStatusCode.ServiceUnavailable;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tab/conversations") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", factory.Entra.Issue());

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("signing keys unavailable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>A bot without an app id (local development) has no app registration to sign anyone in to the tab.</summary>
public sealed class TeamsTabWithoutAppIdTests(GuidebotFactory factory) : IClassFixture<GuidebotFactory>
{
    [Fact]
    public async Task Start_NoMicrosoftAppId_Is401()
    {
        using var response = await factory.CreateClient().PostAsync(new Uri("/tab/conversations", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("no MicrosoftAppId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
