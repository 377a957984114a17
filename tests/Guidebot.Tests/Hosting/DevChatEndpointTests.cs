using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Hosting;

/// <summary>The chat page's endpoints with DevChat:Enabled: ids issued and bound by the server, bodies checked.</summary>
public sealed class DevChatEndpointTests : IClassFixture<DevChatEndpointTests.EnabledFactory>
{
    private const string ConversationsPath = "/devchat/conversations";
    private const string ActivitiesPath = "/devchat/activities";

    private readonly HttpClient _client;

    public DevChatEndpointTests(EnabledFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Start_NewUser_IssuesTokensAndTheWelcomeOnTheWebchatChannel()
    {
        var session = await StartAsync();

        Assert.NotEmpty(session.UserToken);
        Assert.NotEmpty(session.ConversationToken);
        var welcome = Assert.Single(session.Replies);
        Assert.Contains("Søg i guiden", welcome.AllText(), StringComparison.Ordinal);
        Assert.Equal("webchat", welcome.ChannelId);
        Assert.StartsWith("devchat-user-", welcome.Recipient!.Id, StringComparison.Ordinal);
        Assert.StartsWith("devchat-conversation-", welcome.Conversation!.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_KeptUserToken_SameUserInANewConversation()
    {
        var first = await StartAsync();

        var second = await StartAsync(first.UserToken);

        Assert.Equal(first.UserId, second.UserId);
        Assert.NotEqual(first.ConversationId, second.ConversationId);
    }

    [Fact]
    public async Task Start_UserTokenNotIssuedHere_GetsANewUser()
    {
        var first = await StartAsync();

        var forged = await StartAsync(first.ConversationToken);

        Assert.NotEqual(first.UserId, forged.UserId);
    }

    [Fact]
    public async Task Send_TextWithConversationToken_RunsTheTurnInThatConversation()
    {
        var session = await StartAsync();

        var reply = Assert.Single(await SendAsync(session, """{"text":"hjælp"}"""));

        Assert.Contains("Sådan bruger du Guidebot", reply.AllText(), StringComparison.Ordinal);
        Assert.Equal(session.ConversationId, reply.Conversation!.Id);
        Assert.Equal(session.UserId, reply.Recipient!.Id);
    }

    [Fact]
    public async Task Send_ClickedValue_ReachesTheBotAsTheActivityValue()
    {
        var session = await StartAsync();

        var reply = Assert.Single(await SendAsync(session, """{"value":{"verb":"area","area":"raaderum","page":0}}"""));

        Assert.Contains("De 10 guidelines", reply.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TwoConversations_EachKeepsItsOwnState()
    {
        var first = await StartAsync();
        var second = await StartAsync(first.UserToken);
        await SendAsync(first, """{"value":{"verb":"item","item":"raaderum-3"}}""");

        var firstBack = Assert.Single(await SendAsync(first, """{"text":"tilbage"}"""));
        var secondBack = Assert.Single(await SendAsync(second, """{"text":"tilbage"}"""));

        Assert.Contains("Emner", firstBack.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Emner", secondBack.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Send_NoValidConversationToken_Is401(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivitiesPath) { Content = Json("""{"text":"hej"}""") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("conversation token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TamperedOrUserToken_Is401()
    {
        var session = await StartAsync();
        var tampered = session.ConversationToken[..^4] + (session.ConversationToken.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var withTampered = await PostAsync(ActivitiesPath, """{"text":"hej"}""", tampered);
        using var withUserToken = await PostAsync(ActivitiesPath, """{"text":"hej"}""", session.UserToken);

        Assert.Equal(HttpStatusCode.Unauthorized, withTampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withUserToken.StatusCode);
    }

    [Theory]
    [InlineData("""{"text":"hej","conversation":{"id":"someone-else"}}""", "only 'text'")]
    [InlineData("""{"text":"hej","from":{"id":"admin"}}""", "only 'text'")]
    [InlineData("""{"text":"hej","channelId":"msteams"}""", "only 'text'")]
    [InlineData("""{"text":5}""", "only 'text'")]
    [InlineData("""{"text":"hej""", "only 'text'")]
    [InlineData("""[1,2]""", "only 'text'")]
    [InlineData("""null""", "only 'text'")]
    [InlineData("""{"value":"search"}""", "'value' must be a JSON object")]
    [InlineData("""{"value":[1]}""", "'value' must be a JSON object")]
    [InlineData("""{}""", "neither 'text' nor 'value'")]
    [InlineData("""{"text":"   "}""", "neither 'text' nor 'value'")]
    public async Task Send_BodyNotTextAndValue_Is400WithTheReason(string body, string reason)
    {
        var session = await StartAsync();

        using var response = await PostAsync(ActivitiesPath, body, session.ConversationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_BodyOverTheLimit_Is413()
    {
        var session = await StartAsync();

        using var response = await PostAsync(ActivitiesPath, $$"""{"text":"{{new string('x', 40_000)}}"}""", session.ConversationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Start_BodyWithUnknownFields_Is400()
    {
        using var response = await PostAsync(ConversationsPath, """{"userId":"chosen-by-client"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Page_Root_ServesTheChatPageWithAContentSecurityPolicy()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lib/adaptivecards.min.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private async Task<Session> StartAsync(string? userToken = null)
    {
        using var response = await PostAsync(ConversationsPath, JsonSerializer.Serialize(new Dictionary<string, string?> { ["userToken"] = userToken }));
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var replies = body.RootElement.GetProperty("activities").EnumerateArray().Select(reply => reply.Deserialize(BotFrameworkJson.Default.Activity)!).ToList();
        return new Session(body.RootElement.GetProperty("userToken").GetString()!, body.RootElement.GetProperty("conversationToken").GetString()!, replies);
    }

    private async Task<IReadOnlyList<Activity>> SendAsync(Session session, string body)
    {
        using var response = await PostAsync(ActivitiesPath, body, session.ConversationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BotFrameworkJson.Default.ExpectedReplies))!.Activities;
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string body, string? conversationToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        if (conversationToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversationToken);
        }

        return await _client.SendAsync(request);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private sealed record Session(string UserToken, string ConversationToken, IReadOnlyList<Activity> Replies)
    {
        public string UserId => Replies[0].Recipient!.Id!;

        public string ConversationId => Replies[0].Conversation!.Id!;
    }

    /// <summary>The host with the chat page on, signing its tokens with throw-away keys.</summary>
    public sealed class EnabledFactory : GuidebotFactory
    {
        public EnabledFactory() => With("DevChat:Enabled", "true");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddDataProtection().UseEphemeralDataProtectionProvider());
        }
    }
}
