using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    /// <summary>The channel's id for the conversation.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The conversation's name, where the channel has one.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c> (Teams).</summary>
    [JsonPropertyName("conversationType")]
    public string? ConversationType { get; set; }

    /// <summary>The tenant the conversation lives in (Teams).</summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    /// <summary>Whether more than two accounts take part.</summary>
    [JsonPropertyName("isGroup")]
    public bool? IsGroup { get; set; }

    /// <summary>Every other property, kept unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
