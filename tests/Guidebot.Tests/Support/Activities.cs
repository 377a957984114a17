using Guidebot.BotFramework.Schema;

namespace Guidebot.Tests.Support;

/// <summary>Activities as Teams or the Emulator send them to the endpoint.</summary>
public static class Activities
{
    public static Activity Message(string? text, string conversationId = "conversation-1", string userId = "user-1", string serviceUrl = "http://127.0.0.1:1/") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = userId, Name = "Konsulent" },
        Recipient = new ChannelAccount { Id = "28:guidebot", Name = "Guidebot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        Text = text,
        Locale = "da-DK",
    };

    public static Activity OfType(string type, string conversationId = "conversation-1")
    {
        var activity = Message(null, conversationId);
        activity.Type = type;
        return activity;
    }
}
