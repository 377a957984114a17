using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>How a ChoiceSet shows its choices (schema: <c>ChoiceInputStyle</c>).</summary>
public enum ChoiceInputStyle
{
    /// <summary>A drop-down list.</summary>
    [JsonStringEnumMemberName("compact")]
    Compact,

    /// <summary>Radio buttons or check boxes.</summary>
    [JsonStringEnumMemberName("expanded")]
    Expanded,
}
