using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    /// <summary>Always <c>Column</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Column";

    /// <summary>The elements inside, top to bottom.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<CardElement>? Items { get; init; }

    /// <summary>The width: <c>auto</c>, <c>stretch</c>, a relative weight such as <c>1</c>, or pixels such as <c>50px</c>.</summary>
    [JsonPropertyName("width")]
    public string? Width { get; init; }

    /// <summary>The column's id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The background style.</summary>
    [JsonPropertyName("style")]
    public ContainerStyle? Style { get; init; }

    /// <summary>The vertical alignment of the items.</summary>
    [JsonPropertyName("verticalContentAlignment")]
    public VerticalAlignment? VerticalContentAlignment { get; init; }

    /// <summary>The action run when the column is clicked (not Action.ShowCard).</summary>
    [JsonPropertyName("selectAction")]
    public AdaptiveAction? SelectAction { get; init; }

    /// <summary>Space between this column and the one before it.</summary>
    [JsonPropertyName("spacing")]
    public Spacing? Spacing { get; init; }

    /// <summary>Whether a line is drawn before the column.</summary>
    [JsonPropertyName("separator")]
    public bool? Separator { get; init; }

    /// <summary>Whether the column is shown.</summary>
    [JsonPropertyName("isVisible")]
    public bool? IsVisible { get; init; }
}
