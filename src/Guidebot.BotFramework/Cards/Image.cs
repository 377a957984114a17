using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>An image.</summary>
public sealed class Image : CardElement
{
    /// <summary>The image address (https or a data URI).</summary>
    [JsonPropertyName("url")]
    public required Uri Url { get; init; }

    /// <summary>The description read by screen readers.</summary>
    [JsonPropertyName("altText")]
    public string? AltText { get; init; }

    /// <summary>The element's id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The display size.</summary>
    [JsonPropertyName("size")]
    public ImageSize? Size { get; init; }
}
