using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Storage;
using Microsoft.Extensions.Logging;

namespace Guidebot.BotFramework.State;

/// <summary>State shared by everyone in a conversation (e.g. the dialog stack); key <c>{channelId}/conversations/{conversation.id}</c>.</summary>
public sealed class ConversationState(IStorage storage, ILogger<ConversationState>? logger = null) : BotState(storage, logger)
{
    /// <inheritdoc/>
    public override string GetStorageKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{Require(activity.ChannelId, "channelId")}/conversations/{Require(activity.Conversation?.Id, "conversation.id")}";
    }

    internal static string Require(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"The activity has no {name}.") : value;
}
