using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>Vertical alignment of a container's content (schema: <c>VerticalContentAlignment</c>).</summary>
public enum VerticalAlignment
{
    /// <summary>At the top.</summary>
    [JsonStringEnumMemberName("top")]
    Top,

    /// <summary>Centred.</summary>
    [JsonStringEnumMemberName("center")]
    Center,

    /// <summary>At the bottom.</summary>
    [JsonStringEnumMemberName("bottom")]
    Bottom,
}
