using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Guidebot.BotFramework.Schema;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>Activities as Teams sends them, and posting them to /api/messages.</summary>
public static class Turns
{
    public const string MessagesPath = "/api/messages";

    /// <summary>A service URL replies may never reach without an app id (not loopback): nothing leaves the test.</summary>
    public const string NowhereServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static Activity Message(string? text, string conversationId, string serviceUrl = NowhereServiceUrl, bool expectReplies = true) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "29:user-1", Name = "Konsulent" },
        Recipient = new ChannelAccount { Id = "28:guidebot", Name = "Guidebot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        Text = text,
        Locale = "da-DK",
        DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
    };

    /// <summary>A card button click: <paramref name="data"/> arrives as the activity's value.</summary>
    public static Activity Click(JsonNode data, string conversationId, string serviceUrl = NowhereServiceUrl)
    {
        var activity = Message(null, conversationId, serviceUrl);
        activity.Value = JsonSerializer.SerializeToElement(data);
        return activity;
    }

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, Activity activity) =>
        client.PostAsync(MessagesPath, new StringContent(JsonSerializer.Serialize(activity, BotFrameworkJson.Default.Activity), Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostBytesAsync(this HttpClient client, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return client.PostAsync(MessagesPath, content);
    }

    /// <summary>Sends with expectReplies and returns the turn's replies (the call fails on any status but 200).</summary>
    public static async Task<IReadOnlyList<Activity>> ExchangeAsync(this HttpClient client, Activity activity)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await client.PostActivityAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync(BotFrameworkJson.Default.ExpectedReplies);
        return body!.Activities;
    }
}
