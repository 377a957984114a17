using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A button on a card, written with its <c>type</c> discriminator (e.g. <c>Action.Submit</c>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
public abstract class AdaptiveAction
{
    /// <summary>The button's label.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The action's id, unique in the card.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The button's style.</summary>
    [JsonPropertyName("style")]
    public ActionStyle? Style { get; init; }
}
