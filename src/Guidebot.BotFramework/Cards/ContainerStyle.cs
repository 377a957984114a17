using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A container's background style (schema: <c>ContainerStyle</c>).</summary>
public enum ContainerStyle
{
    /// <summary>The default background.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>An emphasised background.</summary>
    [JsonStringEnumMemberName("emphasis")]
    Emphasis,

    /// <summary>Good news.</summary>
    [JsonStringEnumMemberName("good")]
    Good,

    /// <summary>Needs attention.</summary>
    [JsonStringEnumMemberName("attention")]
    Attention,

    /// <summary>A warning.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>The accent colour.</summary>
    [JsonStringEnumMemberName("accent")]
    Accent,
}
