using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Schema;

/// <summary>
/// Where to reach a user again outside a turn (a proactive message): the channel, its service URL, the conversation,
/// the user and the bot, as ids only. Keep it from an incoming activity; send with <see cref="CreateMessage"/>.
/// </summary>
public sealed record ConversationReference(
    [property: JsonPropertyName("channelId")] string ChannelId,
    [property: JsonPropertyName("serviceUrl")] string ServiceUrl,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("botId")] string BotId,
    [property: JsonPropertyName("tenantId")] string? TenantId = null)
{
    /// <summary>The reference of an incoming activity, or null when it lacks what a message back needs (service URL, recipient).</summary>
    public static ConversationReference? FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity is
        {
            ChannelId: { Length: > 0 } channel,
            ServiceUrl: { Length: > 0 } serviceUrl,
            Conversation.Id: { Length: > 0 } conversation,
            From.Id: { Length: > 0 } user,
            Recipient.Id: { Length: > 0 } bot,
        }
            ? new ConversationReference(channel, serviceUrl, conversation, user, bot, activity.Conversation.TenantId)
            : null;
    }

    /// <summary>
    /// A new message from the bot to the user in the conversation. It replies to nothing, so the connector posts it to
    /// <c>/v3/conversations/{id}/activities</c> (with the bot's token and the service URL policy of any reply).
    /// </summary>
    public Activity CreateMessage() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = BotId },
        Recipient = new ChannelAccount { Id = UserId },
        Conversation = new ConversationAccount { Id = ConversationId, TenantId = TenantId },
    };
}
