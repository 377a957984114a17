using System.Text.Json;
using Guidebot.BotFramework.Schema;

namespace Guidebot.Benchmarks;

/// <summary>Incoming message activities as Teams sends them, with expectReplies delivery.</summary>
public static class Turns
{
    public static Activity Typed(string conversationId, string activityId, string text) =>
        Message(conversationId, activityId, text, null);

    public static Activity Clicked(string conversationId, string activityId, string json) =>
        Message(conversationId, activityId, null, JsonDocument.Parse(json).RootElement.Clone());

    private static Activity Message(string conversationId, string activityId, string? text, JsonElement? value) => new()
    {
        Type = ActivityTypes.Message,
        Id = activityId,
        ChannelId = "msteams",
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount { Id = "user-" + conversationId },
        Recipient = new ChannelAccount { Id = "guidebot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        Text = text,
        Value = value,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };
}
