using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>The semantic style of a TextBlock (schema: <c>TextBlockStyle</c>).</summary>
public enum TextBlockStyle
{
    /// <summary>Ordinary text.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>A heading, announced as such by screen readers.</summary>
    [JsonStringEnumMemberName("heading")]
    Heading,
}
