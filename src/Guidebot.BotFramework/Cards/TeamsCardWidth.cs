using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>The card width Teams uses (the <c>msteams.width</c> extension).</summary>
public enum TeamsCardWidth
{
    /// <summary>The full width of the chat.</summary>
    [JsonStringEnumMemberName("Full")]
    Full,
}
