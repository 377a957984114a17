using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A button that shows or hides elements of the card by id, without a round trip.</summary>
public sealed class ToggleVisibilityAction : AdaptiveAction
{
    /// <summary>The ids of the elements whose visibility is toggled.</summary>
    [JsonPropertyName("targetElements")]
    public required IReadOnlyList<string> TargetElements { get; init; }
}
