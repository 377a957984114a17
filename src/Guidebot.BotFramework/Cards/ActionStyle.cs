using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A button's style (schema: <c>ActionStyle</c>).</summary>
public enum ActionStyle
{
    /// <summary>An ordinary button.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>The primary, positive choice.</summary>
    [JsonStringEnumMemberName("positive")]
    Positive,

    /// <summary>A destructive choice.</summary>
    [JsonStringEnumMemberName("destructive")]
    Destructive,
}
