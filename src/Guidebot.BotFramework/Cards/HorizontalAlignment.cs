using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>Horizontal alignment (schema: <c>HorizontalAlignment</c>).</summary>
public enum HorizontalAlignment
{
    /// <summary>Aligned left.</summary>
    [JsonStringEnumMemberName("left")]
    Left,

    /// <summary>Centred.</summary>
    [JsonStringEnumMemberName("center")]
    Center,

    /// <summary>Aligned right.</summary>
    [JsonStringEnumMemberName("right")]
    Right,
}
