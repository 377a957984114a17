using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>How tall an element is (schema: <c>BlockElementHeight</c>).</summary>
public enum ElementHeight
{
    /// <summary>As tall as its content.</summary>
    [JsonStringEnumMemberName("auto")]
    Auto,

    /// <summary>Takes the remaining height.</summary>
    [JsonStringEnumMemberName("stretch")]
    Stretch,
}
