using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Schema;

/// <summary>Metadata attached to an activity, e.g. a <c>mention</c>; its fields live in <see cref="Properties"/>.</summary>
public sealed class Entity
{
    /// <summary>The entity type, e.g. <c>mention</c> or <c>clientInfo</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The entity's fields.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
