using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>Text weight (schema: <c>FontWeight</c>).</summary>
public enum FontWeight
{
    /// <summary>The host's default weight.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Lighter text.</summary>
    [JsonStringEnumMemberName("lighter")]
    Lighter,

    /// <summary>Bold text.</summary>
    [JsonStringEnumMemberName("bolder")]
    Bolder,
}
