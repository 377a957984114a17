using Guidebot.BotFramework.Schema;

namespace Guidebot.BotFramework.Turns;

/// <summary>
/// One turn of a conversation: the incoming activity and the means to answer it. Replies are buffered and
/// delivered by the adapter only after the turn's state has been saved.
/// </summary>
public interface ITurnContext
{
    /// <summary>The activity that started the turn.</summary>
    Activity Activity { get; }

    /// <summary>Services scoped to this turn.</summary>
    IServiceProvider Services { get; }

    /// <summary>Values cached for the duration of the turn (e.g. loaded state), by key.</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>Whether the bot has sent anything in this turn.</summary>
    bool Responded { get; }

    /// <summary>The answer to an invoke activity; an invoke left without one is answered 501.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Queues an activity to be sent when the turn completes.</summary>
    Task SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Queues a replacement of an activity the bot sent earlier (same <see cref="Activity.Id"/>).</summary>
    Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);
}
