using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>Space above an element (schema: <c>Spacing</c>).</summary>
public enum Spacing
{
    /// <summary>The host's default spacing.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>No space.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Small space.</summary>
    [JsonStringEnumMemberName("small")]
    Small,

    /// <summary>Medium space.</summary>
    [JsonStringEnumMemberName("medium")]
    Medium,

    /// <summary>Large space.</summary>
    [JsonStringEnumMemberName("large")]
    Large,

    /// <summary>Extra large space.</summary>
    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,

    /// <summary>Space equal to the container's padding.</summary>
    [JsonStringEnumMemberName("padding")]
    Padding,
}
