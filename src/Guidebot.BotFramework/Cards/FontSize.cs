using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>Text size (schema: <c>FontSize</c>).</summary>
public enum FontSize
{
    /// <summary>The host's default size.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Small text.</summary>
    [JsonStringEnumMemberName("small")]
    Small,

    /// <summary>Medium text.</summary>
    [JsonStringEnumMemberName("medium")]
    Medium,

    /// <summary>Large text.</summary>
    [JsonStringEnumMemberName("large")]
    Large,

    /// <summary>Extra large text.</summary>
    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,
}
