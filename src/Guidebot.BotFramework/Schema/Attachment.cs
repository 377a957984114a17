using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Schema;

/// <summary>A card or file attached to an activity.</summary>
public sealed class Attachment
{
    /// <summary>The content's MIME type, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    [JsonPropertyName("contentType")]
    public required string ContentType { get; init; }

    /// <summary>The content itself: a card object when sending, a JSON element when received.</summary>
    [JsonPropertyName("content")]
    public object? Content { get; init; }

    /// <summary>A link to the content, instead of inline content.</summary>
    [JsonPropertyName("contentUrl")]
    public string? ContentUrl { get; init; }

    /// <summary>The attachment's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>A preview image.</summary>
    [JsonPropertyName("thumbnailUrl")]
    public string? ThumbnailUrl { get; init; }
}
