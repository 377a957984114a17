using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Guidebot.BotFramework.Schema;

namespace Guidebot.Tests.Support;

/// <summary>Posts activities to /api/messages the way a channel does.</summary>
public static class BotClient
{
    public const string MessagesPath = "/api/messages";

    public static Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, Activity activity) =>
        client.PostAsync(MessagesPath, new StringContent(JsonSerializer.Serialize(activity, BotFrameworkJson.Default.Activity), Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string json) =>
        client.PostAsync(MessagesPath, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Sends with expectReplies and returns the replies of the turn.</summary>
    public static async Task<IReadOnlyList<Activity>> ExchangeAsync(this HttpClient client, Activity activity)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await client.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(BotFrameworkJson.Default.ExpectedReplies);
        return body!.Activities;
    }
}
