using System.Text.Json;
using Guidebot.BotFramework.Schema;

namespace Guidebot.Testing.Turns;

/// <summary>Activities as a channel sends them, with test defaults, so tests need no eight-line initialisers.</summary>
public static class TestActivities
{
    public const string ChannelId = "test";
    public const string ServiceUrl = "http://127.0.0.1:1/";
    public const string BotId = "bot";

    public static Activity Message(string? text, string conversationId = "conversation-1", string userId = "user-1")
    {
        var activity = Base(ActivityTypes.Message, conversationId, userId);
        activity.Text = text;
        return activity;
    }

    public static Activity Click(JsonElement value, string conversationId = "conversation-1", string userId = "user-1")
    {
        var activity = Base(ActivityTypes.Message, conversationId, userId);
        activity.Value = value;
        return activity;
    }

    public static Activity MembersAdded(string conversationId = "conversation-1", string userId = "user-1", bool includeBot = false)
    {
        var activity = Base(ActivityTypes.ConversationUpdate, conversationId, userId);
        activity.MembersAdded = includeBot
            ? [new ChannelAccount { Id = userId }, new ChannelAccount { Id = BotId }]
            : [new ChannelAccount { Id = userId }];
        return activity;
    }

    public static Activity Invoke(string name, JsonElement? value, string conversationId = "conversation-1", string userId = "user-1")
    {
        var activity = Base(ActivityTypes.Invoke, conversationId, userId);
        activity.Name = name;
        activity.Value = value;
        return activity;
    }

    private static Activity Base(string type, string conversationId, string userId) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = userId, Name = "Test", Role = "user" },
        Recipient = new ChannelAccount { Id = BotId, Name = "Guidebot", Role = "bot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        Locale = "da-DK",
    };
}
