using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>Which inputs an action sends (schema: <c>AssociatedInputs</c>).</summary>
public enum AssociatedInputs
{
    /// <summary>The inputs of this card and its parent cards.</summary>
    [JsonStringEnumMemberName("Auto")]
    Auto,

    /// <summary>No inputs.</summary>
    [JsonStringEnumMemberName("None")]
    None,
}
