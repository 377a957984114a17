using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A block of text, with a subset of Markdown.</summary>
public sealed class TextBlock : CardElement
{
    /// <summary>The text; must not be empty.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>The element's id, e.g. the target of an Action.ToggleVisibility.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The text size.</summary>
    [JsonPropertyName("size")]
    public FontSize? Size { get; init; }

    /// <summary>The text weight.</summary>
    [JsonPropertyName("weight")]
    public FontWeight? Weight { get; init; }

    /// <summary>The text colour.</summary>
    [JsonPropertyName("color")]
    public TextColor? Color { get; init; }

    /// <summary>Whether the text is toned down.</summary>
    [JsonPropertyName("isSubtle")]
    public bool? IsSubtle { get; init; }

    /// <summary>Whether long text wraps instead of being cut off.</summary>
    [JsonPropertyName("wrap")]
    public bool? Wrap { get; init; }

    /// <summary>The most lines shown when wrapping.</summary>
    [JsonPropertyName("maxLines")]
    public int? MaxLines { get; init; }

    /// <summary>The horizontal alignment.</summary>
    [JsonPropertyName("horizontalAlignment")]
    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>The semantic style, e.g. <see cref="TextBlockStyle.Heading"/> for a card title.</summary>
    [JsonPropertyName("style")]
    public TextBlockStyle? Style { get; init; }
}
