using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Tests.Connector;

namespace Guidebot.BotFramework.Tests.Schema;

public sealed class ConversationReferenceTests
{
    private const string TeamsMessage = """
        {"type":"message","id":"1:abc","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
         "from":{"id":"29:user","name":"Mette Konsulent","aadObjectId":"aad-1"},"recipient":{"id":"28:bot","name":"Guidebot"},
         "conversation":{"id":"a:1Xy/z","conversationType":"personal","tenantId":"tenant-1"},"text":"mind mig om Jens om 3 uger"}
        """;

    [Fact]
    public void FromActivity_TeamsMessage_KeepsTheIdsAndNothingElse()
    {
        var reference = ConversationReference.FromActivity(JsonSerializer.Deserialize(TeamsMessage, BotFrameworkJson.Default.Activity)!);

        Assert.Equal(new ConversationReference("msteams", "https://smba.trafficmanager.net/emea/", "a:1Xy/z", "29:user", "28:bot", "tenant-1"), reference);
    }

    [Theory]
    [InlineData("serviceUrl")]
    [InlineData("recipient")]
    public void FromActivity_WithoutWhereToWriteBack_IsNull(string missing)
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, BotFrameworkJson.Default.Activity)!;
        if (missing == "serviceUrl")
        {
            activity.ServiceUrl = null;
        }
        else
        {
            activity.Recipient = null;
        }

        Assert.Null(ConversationReference.FromActivity(activity));
    }

    [Fact]
    public async Task CreateMessage_SentThroughTheConnector_PostsANewMessageToTheConversationWithTheBotsToken()
    {
        using var host = ConnectorHost.WithAppId();
        var message = ConversationReference.FromActivity(JsonSerializer.Deserialize(TeamsMessage, BotFrameworkJson.Default.Activity)!)!.CreateMessage();

        await host.Client.SendActivityAsync(message, CancellationToken.None);

        var request = Assert.Single(host.Channel.Requests);
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1Xy%2Fz/activities", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer token-from-msal", request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("28:bot", body.RootElement.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:user", body.RootElement.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.RootElement.GetProperty("conversation").GetProperty("tenantId").GetString());
        Assert.False(body.RootElement.TryGetProperty("replyToId", out _));
    }
}
