using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>An image's size (schema: <c>ImageSize</c>).</summary>
public enum ImageSize
{
    /// <summary>Its natural size, shrunk to fit.</summary>
    [JsonStringEnumMemberName("auto")]
    Auto,

    /// <summary>The full width.</summary>
    [JsonStringEnumMemberName("stretch")]
    Stretch,

    /// <summary>Small.</summary>
    [JsonStringEnumMemberName("small")]
    Small,

    /// <summary>Medium.</summary>
    [JsonStringEnumMemberName("medium")]
    Medium,

    /// <summary>Large.</summary>
    [JsonStringEnumMemberName("large")]
    Large,
}
