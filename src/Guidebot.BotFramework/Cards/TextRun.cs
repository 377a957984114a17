using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A run of formatted text in a <see cref="RichTextBlock"/>; Markdown is not interpreted.</summary>
public sealed class TextRun
{
    /// <summary>Always <c>TextRun</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TextRun";

    /// <summary>The text.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

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

    /// <summary>Whether the text is italic.</summary>
    [JsonPropertyName("italic")]
    public bool? Italic { get; init; }

    /// <summary>Whether the text is struck through.</summary>
    [JsonPropertyName("strikethrough")]
    public bool? Strikethrough { get; init; }

    /// <summary>Whether the text is highlighted.</summary>
    [JsonPropertyName("highlight")]
    public bool? Highlight { get; init; }
}
