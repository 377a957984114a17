using Guidebot.BotFramework.Schema;

namespace Guidebot.BotFramework.Turns;

/// <summary>The adapter's <see cref="ITurnContext"/>: it buffers outgoing activities for delivery after the state is saved.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<OutgoingActivity> _outgoing = [];

    /// <summary>Creates a turn for an incoming activity.</summary>
    public TurnContext(Activity activity, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(services);
        Activity = activity;
        Services = services;
    }

    /// <inheritdoc/>
    public Activity Activity { get; }

    /// <inheritdoc/>
    public IServiceProvider Services { get; }

    /// <inheritdoc/>
    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    /// <inheritdoc/>
    public bool Responded => _outgoing.Count > 0;

    /// <inheritdoc/>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>What the turn has queued, in order.</summary>
    public IReadOnlyList<OutgoingActivity> Outgoing => _outgoing;

    /// <inheritdoc/>
    public Task SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _outgoing.Add(new OutgoingActivity(Complete(activity), IsUpdate: false));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            throw new ArgumentException("An update names the id of the activity it replaces.", nameof(activity));
        }

        _outgoing.Add(new OutgoingActivity(Complete(activity), IsUpdate: true));
        return Task.CompletedTask;
    }

    // Fills in the addressing a reply needs from the incoming activity, as Bot Builder does.
    private Activity Complete(Activity reply)
    {
        var template = Activity.CreateReply();
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId ??= template.ChannelId;
        reply.ServiceUrl ??= template.ServiceUrl;
        reply.Conversation ??= template.Conversation;
        reply.From ??= template.From;
        reply.Recipient ??= template.Recipient;
        reply.ReplyToId ??= template.ReplyToId;
        reply.Locale ??= template.Locale;
        return reply;
    }
}

/// <summary>An activity queued by a turn: a new message, or a replacement of an earlier one.</summary>
public sealed record OutgoingActivity(Activity Activity, bool IsUpdate);
