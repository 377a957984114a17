using System.Text.Json;
using System.Text.Json.Nodes;
using Guidebot.BotFramework.Schema;

namespace Guidebot.BotFramework.Tests.Schema;

public sealed class ActivitySerializationTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1485983408511",
          "timestamp": "2026-11-23T10:15:00.123Z",
          "localTimestamp": "2026-11-23T11:15:00.123+01:00",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:1abc", "name": "Mette", "aadObjectId": "6f0a", "extra": { "keep": true } },
          "conversation": { "id": "a:1Hk", "conversationType": "personal", "tenantId": "t-1", "isGroup": false },
          "recipient": { "id": "28:bot", "name": "Guidebot" },
          "text": "<at>Guidebot</at> menu",
          "textFormat": "plain",
          "locale": "da-DK",
          "entities": [ { "type": "mention", "text": "<at>Guidebot</at>", "mentioned": { "id": "28:bot" } } ],
          "channelData": { "tenant": { "id": "t-1" }, "source": { "name": "message" } },
          "attachments": [ { "contentType": "text/html", "content": "<p>menu</p>" } ],
          "value": { "verb": "next", "n": 2 },
          "replyToId": "r-1",
          "inputHint": "acceptingInput",
          "action": "add",
          "membersAdded": [ { "id": "29:1abc" } ],
          "suggestedActions": { "to": ["29:1abc"], "actions": [ { "type": "imBack", "title": "Ja", "value": "ja" } ] },
          "futureTeamsField": { "nested": [1, 2, 3] },
          "name": "adaptiveCard/action"
        }
        """;

    [Fact]
    public void Deserialize_TeamsMessage_ReadsTheFieldsTheBotUses()
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, BotFrameworkJson.Default.Activity)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("a:1Hk", activity.Conversation!.Id);
        Assert.Equal("t-1", activity.Conversation.TenantId);
        Assert.False(activity.Conversation.IsGroup);
        Assert.Equal("mention", activity.Entities![0].Type);
        Assert.Equal(2, activity.Value!.Value.GetProperty("n").GetInt32());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 15, 0, 123, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void RoundTrip_UnknownProperties_AreKeptUnchanged()
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, BotFrameworkJson.Default.Activity)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotFrameworkJson.Default.Activity))!;

        var original = JsonNode.Parse(TeamsMessage)!;
        foreach (var field in new[] { "futureTeamsField", "channelData", "entities", "value", "suggestedActions", "conversation" })
        {
            Assert.True(JsonNode.DeepEquals(original[field], written[field]), field);
        }

        Assert.True(JsonNode.DeepEquals(original["from"]!["extra"], written["from"]!["extra"]));
    }

    [Fact]
    public void Serialize_Reply_OmitsNullsAndUsesCamelCase()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "hej", ReplyToId = "1" };

        var json = JsonSerializer.Serialize(reply, BotFrameworkJson.Default.Activity);

        Assert.Equal("""{"type":"message","text":"hej","replyToId":"1"}""", json);
    }
}
