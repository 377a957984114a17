using System.Net;
using System.Text;
using Guidebot.BotFramework.Schema;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Hosting;

public sealed class MessagesEndpointTests(GuidebotFactory factory) : IClassFixture<GuidebotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_MessageWithExpectReplies_ReturnsTheWelcomeCardInTheBody()
    {
        var replies = await _client.ExchangeAsync(Activities.Message("hej"));

        var reply = Assert.Single(replies);
        Assert.Contains("Søg i guiden", reply.AllText(), StringComparison.Ordinal);
        Assert.Contains(reply.SubmitButtons(), b => b.Title == "Det praksisfaglige råderum");
    }

    [Fact]
    public async Task Post_UserAddedToConversation_GetsTheWelcomeCardOnce()
    {
        var update = Activities.OfType(ActivityTypes.ConversationUpdate, "conversation-welcome");
        update.MembersAdded = [new ChannelAccount { Id = "user-1" }, new ChannelAccount { Id = "28:guidebot" }];

        var replies = await _client.ExchangeAsync(update);

        Assert.Single(replies);
    }

    [Fact]
    public async Task Post_OnlyTheBotAdded_GetsNoReply()
    {
        var update = Activities.OfType(ActivityTypes.ConversationUpdate, "conversation-bot-only");
        update.MembersAdded = [new ChannelAccount { Id = "28:guidebot" }];

        Assert.Empty(await _client.ExchangeAsync(update));
    }

    [Fact]
    public async Task Post_NormalDelivery_PostsTheReplyToTheServiceUrl()
    {
        await using var channel = await FakeChannel.StartAsync();
        var message = Activities.Message("hej", "conversation-callback", serviceUrl: channel.ServiceUrl);

        using var response = await _client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var (path, reply) = await channel.NextAsync();
        Assert.Equal($"/v3/conversations/conversation-callback/activities/{message.Id}", path);
        Assert.Equal(message.Id, reply.ReplyToId);
        Assert.NotNull(reply.Card());
    }

    [Fact]
    public async Task Post_NonLoopbackServiceUrlWithoutAppId_TurnSucceedsWithoutPostingAnywhere()
    {
        var message = Activities.Message("hej", "conversation-remote", serviceUrl: "https://smba.trafficmanager.net/emea/");

        using var response = await _client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\":\"message\"", "malformed JSON")]
    [InlineData("[1,2,3]", "malformed JSON")]
    [InlineData("{\"type\":5,\"channelId\":\"x\"}", "malformed JSON")]
    [InlineData("{\"channelId\":\"x\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}", "missing 'type'")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}", "missing 'channelId'")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"x\",\"from\":{\"id\":\"u\"}}", "missing 'conversation.id'")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"x\",\"conversation\":{\"id\":\"c\"}}", "missing 'from.id'")]
    [InlineData("null", "missing the activity")]
    public async Task Post_BadActivity_Is400WithAOneLineReason(string body, string reason)
    {
        using var response = await _client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(reason, text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Is413()
    {
        var message = Activities.Message(new string('x', 300 * 1024));

        using var response = await _client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_ChunkedBodyOver256KB_Is413()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('x', 300 * 1024) + "\"}")));
        content.Headers.ContentType = new("application/json");

        using var response = await _client.PostAsync(BotClient.MessagesPath, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvokeNobodyHandles_Is501()
    {
        var invoke = Activities.OfType(ActivityTypes.Invoke, "conversation-invoke");
        invoke.Name = "some/unknownInvoke";

        using var response = await _client.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task Post_OtherActivityTypes_Are200AndIgnored(string type)
    {
        using var response = await _client.PostActivityAsync(Activities.OfType(type, "conversation-other"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Head_Messages_Is200()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, BotClient.MessagesPath));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
