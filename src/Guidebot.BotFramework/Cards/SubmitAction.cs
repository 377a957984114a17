using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A button that sends <see cref="Data"/> (merged with the card's inputs) to the bot as <c>activity.value</c>.</summary>
public sealed class SubmitAction : AdaptiveAction
{
    /// <summary>The data sent on click; always an object, so a dialog can route the click (project rule).</summary>
    [JsonPropertyName("data")]
    public required JsonObject Data { get; init; }

    /// <summary>Which inputs are sent with the data.</summary>
    [JsonPropertyName("associatedInputs")]
    public AssociatedInputs? AssociatedInputs { get; init; }
}
