using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Storage;

namespace Guidebot.BotFramework.State;

/// <summary>State that follows one user across conversations (e.g. onboarding progress); key <c>{channelId}/users/{from.id}</c>.</summary>
public sealed class UserState(IStorage storage) : BotState(storage)
{
    /// <inheritdoc/>
    public override string GetStorageKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{ConversationState.Require(activity.ChannelId, "channelId")}/users/{ConversationState.Require(activity.From?.Id, "from.id")}";
    }
}
