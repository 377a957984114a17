using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A group of elements, optionally styled and clickable as a whole.</summary>
public sealed class Container : CardElement
{
    /// <summary>The elements inside, top to bottom.</summary>
    [JsonPropertyName("items")]
    public required IReadOnlyList<CardElement> Items { get; init; }

    /// <summary>The element's id, e.g. the target of an Action.ToggleVisibility.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The background style.</summary>
    [JsonPropertyName("style")]
    public ContainerStyle? Style { get; init; }

    /// <summary>The action run when the container is clicked (not Action.ShowCard).</summary>
    [JsonPropertyName("selectAction")]
    public AdaptiveAction? SelectAction { get; init; }

    /// <summary>Whether the background reaches the parent's edges.</summary>
    [JsonPropertyName("bleed")]
    public bool? Bleed { get; init; }

    /// <summary>The vertical alignment of the items.</summary>
    [JsonPropertyName("verticalContentAlignment")]
    public VerticalAlignment? VerticalContentAlignment { get; init; }
}
