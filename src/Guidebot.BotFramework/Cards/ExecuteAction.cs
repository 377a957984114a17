using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A Universal Action button: the click arrives as an <c>adaptiveCard/action</c> invoke carrying <see cref="Verb"/> and <see cref="Data"/>.</summary>
public sealed class ExecuteAction : AdaptiveAction
{
    /// <summary>The verb the bot routes the invoke by.</summary>
    [JsonPropertyName("verb")]
    public string? Verb { get; init; }

    /// <summary>The data sent on click; always an object (project rule).</summary>
    [JsonPropertyName("data")]
    public required JsonObject Data { get; init; }

    /// <summary>Which inputs are sent with the data.</summary>
    [JsonPropertyName("associatedInputs")]
    public AssociatedInputs? AssociatedInputs { get; init; }
}
