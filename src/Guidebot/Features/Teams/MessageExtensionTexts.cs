
namespace Guidebot.Features.Teams;

/// <summary>The bot's own words in the compose-box search (message extension).</summary>
internal static class MessageExtensionTexts
{
    public const string SharedFrom = "Delt fra Guidebot";

    public static string AreaPreview(int items) => $"{items} kort";

    public static string ChecklistPreview(int points) => $"Tjekliste · {points} punkter";
}
