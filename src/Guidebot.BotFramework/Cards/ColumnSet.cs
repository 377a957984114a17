using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>Columns side by side.</summary>
public sealed class ColumnSet : CardElement
{
    /// <summary>The columns, left to right.</summary>
    [JsonPropertyName("columns")]
    public IReadOnlyList<Column>? Columns { get; init; }

    /// <summary>The element's id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The background style.</summary>
    [JsonPropertyName("style")]
    public ContainerStyle? Style { get; init; }

    /// <summary>The action run when the set is clicked (not Action.ShowCard).</summary>
    [JsonPropertyName("selectAction")]
    public AdaptiveAction? SelectAction { get; init; }

    /// <summary>Whether the background reaches the parent's edges.</summary>
    [JsonPropertyName("bleed")]
    public bool? Bleed { get; init; }
}
