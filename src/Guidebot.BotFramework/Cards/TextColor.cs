using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>Text colour from the host's palette (schema: <c>Colors</c>).</summary>
public enum TextColor
{
    /// <summary>The host's default colour.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Dark text.</summary>
    [JsonStringEnumMemberName("dark")]
    Dark,

    /// <summary>Light text.</summary>
    [JsonStringEnumMemberName("light")]
    Light,

    /// <summary>The accent colour.</summary>
    [JsonStringEnumMemberName("accent")]
    Accent,

    /// <summary>Good news, e.g. green.</summary>
    [JsonStringEnumMemberName("good")]
    Good,

    /// <summary>A warning, e.g. amber.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Needs attention, e.g. red.</summary>
    [JsonStringEnumMemberName("attention")]
    Attention,
}
