using System.Net;
using System.Text.Json;
using Guidebot.BotFramework.Connector;
using Guidebot.BotFramework.Schema;

namespace Guidebot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests
{
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string TeamsConversationId = "a:1Xy/z@thread.skype;messageid=42";

    [Fact]
    public async Task SendActivityAsync_Reply_PostsToReplyUrlWithEscapedSegments()
    {
        using var host = ConnectorHost.WithAppId();

        await host.Client.SendActivityAsync(Reply(replyToId: "1:abc/def"), CancellationToken.None);

        var request = Assert.Single(host.Channel.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(
            "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1Xy%2Fz%40thread.skype%3Bmessageid%3D42/activities/1%3Aabc%2Fdef",
            request.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task SendActivityAsync_NoReplyToIdAndNoTrailingSlash_PostsToConversation()
    {
        using var host = ConnectorHost.WithAppId();

        await host.Client.SendActivityAsync(Reply(replyToId: null, serviceUrl: "https://smba.trafficmanager.net/emea"), CancellationToken.None);

        var request = Assert.Single(host.Channel.Requests);
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1Xy%2Fz%40thread.skype%3Bmessageid%3D42/activities", request.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task SendActivityAsync_Body_IsTheActivityAsCamelCaseJson()
    {
        using var host = ConnectorHost.WithAppId();

        await host.Client.SendActivityAsync(Reply(text: "Hej"), CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(host.Channel.Requests).Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Hej", body.RootElement.GetProperty("text").GetString());
        Assert.Equal(TeamsConversationId, body.RootElement.GetProperty("conversation").GetProperty("id").GetString());
        Assert.False(body.RootElement.TryGetProperty("locale", out _));
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsToTheActivity()
    {
        using var host = ConnectorHost.WithAppId();
        var update = Reply();
        update.Id = "1:sent/card";

        await host.Client.UpdateActivityAsync(update, CancellationToken.None);

        var request = Assert.Single(host.Channel.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal(
            "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1Xy%2Fz%40thread.skype%3Bmessageid%3D42/activities/1%3Asent%2Fcard",
            request.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task SendActivityAsync_WithAppId_SendsBearerToken()
    {
        using var host = ConnectorHost.WithAppId();

        await host.Client.SendActivityAsync(Reply(), CancellationToken.None);

        Assert.Equal("Bearer token-from-msal", Assert.Single(host.Channel.Requests).Authorization);
    }

    [Fact]
    public async Task SendActivityAsync_WithoutAppId_SendsNoAuthorizationAndAsksForNoToken()
    {
        using var host = ConnectorHost.WithoutAppId();

        await host.Client.SendActivityAsync(Reply(serviceUrl: "http://localhost:3978/"), CancellationToken.None);

        Assert.Null(Assert.Single(host.Channel.Requests).Authorization);
        Assert.Equal(0, host.Credentials.Calls);
    }

    [Fact]
    public async Task SendActivityAsync_TooManyRequests_WaitsRetryAfterThenSucceeds()
    {
        using var host = ConnectorHost.WithAppId();
        host.Channel.Then(() => FakeChannel.TooManyRequests(retryAfterSeconds: 7));

        await host.Client.SendActivityAsync(Reply(), CancellationToken.None);

        Assert.Equal(2, host.Channel.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(7), host.Time.Delays);
    }

    [Fact]
    public async Task SendActivityAsync_ServiceUnavailableTwice_SucceedsOnThirdAttempt()
    {
        using var host = ConnectorHost.WithAppId();
        host.Channel.Then(() => FakeChannel.Status(HttpStatusCode.ServiceUnavailable), () => FakeChannel.Status(HttpStatusCode.BadGateway));

        await host.Client.SendActivityAsync(Reply(), CancellationToken.None);

        Assert.Equal(3, host.Channel.Requests.Count);
    }

    [Fact]
    public async Task SendActivityAsync_AlwaysServiceUnavailable_GivesUpAfterThreeAttempts()
    {
        using var host = ConnectorHost.WithAppId();
        host.Channel.Then(Enumerable.Repeat(() => FakeChannel.Status(HttpStatusCode.ServiceUnavailable), 5).ToArray());

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendActivityAsync(Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Equal(3, host.Channel.Requests.Count);
    }

    [Fact]
    public async Task SendActivityAsync_ConnectionRefused_GivesUpAfterThreeAttempts()
    {
        using var host = ConnectorHost.WithAppId();
        host.Channel.Then(Enumerable.Repeat(FakeChannel.Refused, 5).ToArray());

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendActivityAsync(Reply(), CancellationToken.None));

        Assert.Null(failure.StatusCode);
        Assert.Equal(3, host.Channel.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task SendActivityAsync_ClientError_FailsWithoutRetry(HttpStatusCode status)
    {
        using var host = ConnectorHost.WithAppId();
        host.Channel.Then(() => FakeChannel.Status(status));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendActivityAsync(Reply(), CancellationToken.None));

        Assert.Equal(status, failure.StatusCode);
        Assert.Single(host.Channel.Requests);
    }

    [Fact]
    public async Task SendActivityAsync_Fails_LogsTypeHashAndStatusButNeverTextOrConversationId()
    {
        using var host = ConnectorHost.WithAppId();
        host.Channel.Then(() => FakeChannel.Status(HttpStatusCode.Forbidden));

        await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendActivityAsync(Reply(text: "Borgerens CPR 010203-1234"), CancellationToken.None));

        var line = Assert.Single(host.Logs.Lines, line => line.Contains("refused", StringComparison.Ordinal));
        Assert.Contains("message", line, StringComparison.Ordinal);
        Assert.Contains("403", line, StringComparison.Ordinal);
        Assert.All(host.Logs.Lines, logged =>
        {
            Assert.DoesNotContain("010203", logged, StringComparison.Ordinal);
            Assert.DoesNotContain(TeamsConversationId, logged, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://LOCALHOST:3978")]
    [InlineData("https://localhost/")]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://127.8.9.10/")]
    [InlineData("http://[::1]:3978/")]
    [InlineData("http://[0:0:0:0:0:0:0:1]/")]
    public async Task SendActivityAsync_NoAppIdAndLoopbackServiceUrl_Sends(string serviceUrl)
    {
        using var host = ConnectorHost.WithoutAppId();

        await host.Client.SendActivityAsync(Reply(serviceUrl: serviceUrl), CancellationToken.None);

        Assert.Single(host.Channel.Requests);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("http://127.0.0.1.evil.com/")]
    [InlineData("http://localhost@evil.com/")]
    [InlineData("http://localhost.evil.com/")]
    [InlineData("http://evil.com/localhost")]
    [InlineData("http://localhost./")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://[::2]/")]
    [InlineData("ftp://localhost/")]
    [InlineData("file:///tmp/replies")]
    [InlineData("localhost:3978")]
    [InlineData("/v3/conversations")]
    [InlineData("")]
    [InlineData(null)]
    public async Task SendActivityAsync_NoAppIdAndNonLoopbackServiceUrl_RefusedWithoutSending(string? serviceUrl)
    {
        using var host = ConnectorHost.WithoutAppId();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => host.Client.SendActivityAsync(Reply(serviceUrl: serviceUrl), CancellationToken.None));

        Assert.Empty(host.Channel.Requests);
        Assert.Contains(host.Logs.Lines, line => line.Contains("untrusted service URL", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("ws://smba.trafficmanager.net/emea/")]
    public async Task SendActivityAsync_AppIdAndPlainHttpToRemoteHost_RefusedWithoutToken(string serviceUrl)
    {
        using var host = ConnectorHost.WithAppId();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => host.Client.SendActivityAsync(Reply(serviceUrl: serviceUrl), CancellationToken.None));

        Assert.Empty(host.Channel.Requests);
        Assert.Equal(0, host.Credentials.Calls);
    }

    [Fact]
    public async Task SendActivityAsync_NoConversation_ThrowsConnectorException()
    {
        using var host = ConnectorHost.WithAppId();
        var reply = Reply();
        reply.Conversation = null;

        await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendActivityAsync(reply, CancellationToken.None));

        Assert.Empty(host.Channel.Requests);
    }

    private static Activity Reply(string? replyToId = "1:incoming", string? serviceUrl = TeamsServiceUrl, string text = "Her er menuen") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = TeamsConversationId },
        ReplyToId = replyToId,
        Text = text,
    };
}
