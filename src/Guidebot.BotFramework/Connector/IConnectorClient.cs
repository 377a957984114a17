using Guidebot.BotFramework.Schema;

namespace Guidebot.BotFramework.Connector;

/// <summary>Delivers the bot's activities to the channel's service URL (the Bot Connector REST API).</summary>
public interface IConnectorClient
{
    /// <summary>Posts an activity to its conversation, as a reply when <see cref="Activity.ReplyToId"/> is set.</summary>
    Task SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an activity the bot sent earlier.</summary>
    Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);
}
