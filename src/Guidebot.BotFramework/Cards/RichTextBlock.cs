using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A paragraph of text runs, each with its own formatting.</summary>
public sealed class RichTextBlock : CardElement
{
    /// <summary>The runs, in reading order.</summary>
    [JsonPropertyName("inlines")]
    public required IReadOnlyList<TextRun> Inlines { get; init; }

    /// <summary>The element's id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The horizontal alignment.</summary>
    [JsonPropertyName("horizontalAlignment")]
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
