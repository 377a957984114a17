using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A button that unfolds another card below the current one, without a round trip.</summary>
public sealed class ShowCardAction : AdaptiveAction
{
    /// <summary>The card shown; the parser rejects the action without it.</summary>
    [JsonPropertyName("card")]
    public required AdaptiveCard Card { get; init; }
}
