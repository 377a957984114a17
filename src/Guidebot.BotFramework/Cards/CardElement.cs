using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>
/// An element of a card's body or a container's items, written with its <c>type</c> discriminator.
/// Unset (null) properties are omitted, so the host's defaults apply.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract class CardElement
{
    /// <summary>Space between this element and the one above it.</summary>
    [JsonPropertyName("spacing")]
    public Spacing? Spacing { get; init; }

    /// <summary>Whether a line is drawn above the element.</summary>
    [JsonPropertyName("separator")]
    public bool? Separator { get; init; }

    /// <summary>Whether the element is shown; false hides it until an Action.ToggleVisibility shows it.</summary>
    [JsonPropertyName("isVisible")]
    public bool? IsVisible { get; init; }

    /// <summary>How tall the element is.</summary>
    [JsonPropertyName("height")]
    public ElementHeight? Height { get; init; }
}
