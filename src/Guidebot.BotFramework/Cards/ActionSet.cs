using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A row of buttons inside the body (Teams shows at most five in one set).</summary>
public sealed class ActionSet : CardElement
{
    /// <summary>The buttons.</summary>
    [JsonPropertyName("actions")]
    public required IReadOnlyList<AdaptiveAction> Actions { get; init; }

    /// <summary>The element's id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}
