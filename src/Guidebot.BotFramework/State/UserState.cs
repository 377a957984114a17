using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Storage;
using Microsoft.Extensions.Logging;

namespace Guidebot.BotFramework.State;

/// <summary>State that follows one user across conversations (e.g. onboarding progress); key <c>{channelId}/users/{from.id}</c>.</summary>
public sealed class UserState(IStorage storage, ILogger<UserState>? logger = null) : BotState(storage, logger)
{
    /// <inheritdoc/>
    public override string GetStorageKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{ConversationState.Require(activity.ChannelId, "channelId")}/users/{ConversationState.Require(activity.From?.Id, "from.id")}";
    }
}
