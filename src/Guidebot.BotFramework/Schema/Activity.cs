using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity: the fields this bot reads or writes, plus every other property kept in
/// <see cref="Properties"/> so that channel-specific fields round-trip unchanged.
/// </summary>
public sealed class Activity
{
    /// <summary>The activity type, e.g. <see cref="ActivityTypes.Message"/>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The channel's id for this activity.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>When the channel received or sent the activity (UTC).</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time.</summary>
    [JsonPropertyName("localTimestamp")]
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The base address replies are sent to.</summary>
    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; set; }

    /// <summary>The channel, e.g. <c>msteams</c>, <c>emulator</c>, <c>webchat</c>.</summary>
    [JsonPropertyName("channelId")]
    public string? ChannelId { get; set; }

    /// <summary>Who sent the activity.</summary>
    [JsonPropertyName("from")]
    public ChannelAccount? From { get; set; }

    /// <summary>Who the activity is addressed to.</summary>
    [JsonPropertyName("recipient")]
    public ChannelAccount? Recipient { get; set; }

    /// <summary>The conversation the activity belongs to.</summary>
    [JsonPropertyName("conversation")]
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The message text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>The format of <see cref="Text"/>: <c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    [JsonPropertyName("textFormat")]
    public string? TextFormat { get; set; }

    /// <summary>The sender's locale, e.g. <c>da-DK</c>.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; set; }

    /// <summary>Cards and files attached to the activity.</summary>
    [JsonPropertyName("attachments")]
    public IList<Attachment>? Attachments { get; set; }

    /// <summary>Structured data, e.g. the data of a clicked card button.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; set; }

    /// <summary>The name of an invoke or event activity, e.g. <c>composeExtension/query</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The id of the activity this one replies to.</summary>
    [JsonPropertyName("replyToId")]
    public string? ReplyToId { get; set; }

    /// <summary>How replies are delivered; <see cref="DeliveryModes.ExpectReplies"/> returns them in the HTTP response.</summary>
    [JsonPropertyName("deliveryMode")]
    public string? DeliveryMode { get; set; }

    /// <summary>Whether the bot expects input after this activity.</summary>
    [JsonPropertyName("inputHint")]
    public string? InputHint { get; set; }

    /// <summary>Entities such as mentions.</summary>
    [JsonPropertyName("entities")]
    public IList<Entity>? Entities { get; set; }

    /// <summary>Channel-specific data, passed through as it is.</summary>
    [JsonPropertyName("channelData")]
    public JsonElement? ChannelData { get; set; }

    /// <summary>Accounts added to the conversation (conversationUpdate).</summary>
    [JsonPropertyName("membersAdded")]
    public IList<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Accounts removed from the conversation (conversationUpdate).</summary>
    [JsonPropertyName("membersRemoved")]
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary><c>add</c> or <c>remove</c> (installationUpdate).</summary>
    [JsonPropertyName("action")]
    public string? Action { get; set; }

    /// <summary>Quick replies offered with a message.</summary>
    [JsonPropertyName("suggestedActions")]
    public SuggestedActions? SuggestedActions { get; set; }

    /// <summary>Every property not declared above, kept unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Creates a message replying to this activity: sender and recipient swapped, same conversation.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = DateTimeOffset.UtcNow,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
        Conversation = Conversation is null ? null : new ConversationAccount { Id = Conversation.Id, IsGroup = Conversation.IsGroup, ConversationType = Conversation.ConversationType, TenantId = Conversation.TenantId },
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };
}
