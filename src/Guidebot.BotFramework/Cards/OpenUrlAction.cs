using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A button that opens a web address.</summary>
public sealed class OpenUrlAction : AdaptiveAction
{
    /// <summary>The address opened.</summary>
    [JsonPropertyName("url")]
    public required Uri Url { get; init; }
}
