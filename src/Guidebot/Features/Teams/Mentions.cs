using System.Text.Json;
using Guidebot.BotFramework.Schema;

namespace Guidebot.Features.Teams;

/// <summary>
/// In a team channel or group chat the bot answers typed messages only when it is @mentioned, and reads
/// them without the mention; in a personal chat it answers everything.
/// </summary>
internal static class Mentions
{
    public static bool IsGroupConversation(Activity activity) =>
        activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "channel" or "groupChat";

    public static bool MentionsBot(Activity activity) => BotMentionTexts(activity).Any();

    /// <summary>The message text with the bot's @mention removed (Teams sends "&lt;at&gt;Guidebot&lt;/at&gt; menu").</summary>
    public static string? TextWithoutBotMention(Activity activity)
    {
        var text = activity.Text;
        if (text is null)
        {
            return null;
        }

        foreach (var mention in BotMentionTexts(activity))
        {
            text = text.Replace(mention, string.Empty, StringComparison.Ordinal);
        }

        return text.Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();
    }

    private static IEnumerable<string> BotMentionTexts(Activity activity) =>
        (activity.Entities ?? [])
            .Where(entity => entity.Type == "mention" && entity.Properties is not null)
            .Where(entity => MentionedId(entity) is { } id && id == activity.Recipient?.Id)
            .Select(entity => entity.Properties!.TryGetValue("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null)
            .OfType<string>();

    private static string? MentionedId(Entity entity) =>
        entity.Properties!.TryGetValue("mentioned", out var mentioned)
        && mentioned.ValueKind == JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
