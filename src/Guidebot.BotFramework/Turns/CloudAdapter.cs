using System.Text.Json;
using Guidebot.BotFramework.Connector;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guidebot.BotFramework.Turns;

/// <summary>
/// Runs turns: load state → run the bot → save state → deliver the buffered replies. Turns of one
/// conversation run one at a time in this process; a write conflict with another process re-runs the
/// whole turn on fresh state, so no update is lost and no reply is sent twice. Replies to the service URL go
/// through <see cref="BackgroundDelivery"/> when one is registered; storage that is down answers 503.
/// </summary>
public sealed partial class CloudAdapter
{
    /// <summary>How many times a turn is tried when its state write conflicts.</summary>
    public const int MaxAttempts = 8;

    private readonly IBot _bot;
    private readonly IReadOnlyList<BotState> _states;
    private readonly ConversationState _conversationState;
    private readonly IConnectorClient _connector;
    private readonly IServiceScopeFactory _scopes;
    private readonly ITurnErrorHandler? _errorHandler;
    private readonly BackgroundDelivery? _delivery;
    private readonly TimeProvider _time;
    private readonly ILogger<CloudAdapter> _logger;
    private readonly RedeliveryGuard _redelivery;
    private readonly KeyedLock _conversationLocks = new();

    /// <summary>
    /// Creates the adapter; every registered <see cref="BotState"/> is saved after each turn. Without a
    /// <paramref name="delivery"/> queue, replies are posted before the turn returns.
    /// </summary>
    public CloudAdapter(
        IBot bot,
        IEnumerable<BotState> states,
        ConversationState conversationState,
        IConnectorClient connector,
        IServiceScopeFactory scopes,
        TimeProvider time,
        ILogger<CloudAdapter> logger,
        ITurnErrorHandler? errorHandler = null,
        BackgroundDelivery? delivery = null)
    {
        ArgumentNullException.ThrowIfNull(states);
        _bot = bot;
        _states = [.. states];
        _conversationState = conversationState;
        _connector = connector;
        _scopes = scopes;
        _time = time;
        _logger = logger;
        _errorHandler = errorHandler;
        _delivery = delivery;
        _redelivery = new RedeliveryGuard(conversationState);
    }

    /// <summary>Processes one incoming activity and returns what the HTTP endpoint should answer.</summary>
    public async Task<TurnResult> ProcessActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var started = _time.GetTimestamp();
        using var span = BotFrameworkTelemetry.Source.StartActivity("turn");
        span?.SetTag("guidebot.activity.type", activity.Type);
        var correlationId = (span ?? System.Diagnostics.Activity.Current)?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        var (result, outcome) = await RunTurnAsync(activity, correlationId, cancellationToken);
        KeyValuePair<string, object?>[] tags = [new("activity.type", activity.Type), new("outcome", outcome)];
        BotFrameworkTelemetry.Turns.Add(1, tags);
        BotFrameworkTelemetry.TurnDuration.Record(_time.GetElapsedTime(started).TotalSeconds, tags);
        span?.SetTag("guidebot.turn.outcome", outcome);
        return result;
    }

    private async Task<(TurnResult Result, string Outcome)> RunTurnAsync(Activity activity, string correlationId, CancellationToken cancellationToken)
    {
        var conversationKey = _conversationState.GetStorageKey(activity);
        using var conversationLock = await _conversationLocks.AcquireAsync(conversationKey, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = _scopes.CreateAsyncScope();
            var turn = new TurnContext(activity, scope.ServiceProvider);
            try
            {
                if (await _redelivery.IsRepeatAsync(turn, cancellationToken))
                {
                    LogRedelivery(activity.Type, activity.Id);
                    return (await DeliverAsync(turn, conversationKey, correlationId, cancellationToken), "repeat");
                }

                await _bot.OnTurnAsync(turn, cancellationToken);
                await _redelivery.RecordAsync(turn, cancellationToken);
                await SaveStatesAsync(turn, cancellationToken);
            }
            catch (EtagException) when (attempt < MaxAttempts)
            {
                LogConflict(activity.Type, attempt);
                BotFrameworkTelemetry.StorageConflicts.Add(1);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), _time, cancellationToken);
                continue;
            }
            catch (StorageUnavailableException ex)
            {
                // Nothing was saved and nothing is sent: the channel gets 503 and may retry the activity later.
                LogStorageUnavailable(ex, activity.Type, correlationId);
                return (TurnResult.Unavailable, "unavailable");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return (await FailAsync(activity, scope.ServiceProvider, ex, conversationKey, correlationId, cancellationToken), "failed");
            }

            return (await DeliverAsync(turn, conversationKey, correlationId, cancellationToken), "ok");
        }
    }

    private async Task SaveStatesAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var state in _states)
        {
            await state.SaveChangesAsync(turn, cancellationToken);
        }
    }

    // The failed turn's state is dropped; the user gets the bot's apology on a fresh turn.
    private async Task<TurnResult> FailAsync(
        Activity activity, IServiceProvider services, Exception exception, string conversationKey, string correlationId, CancellationToken cancellationToken)
    {
        LogTurnFailed(exception, activity.Type, correlationId);
        var turn = new TurnContext(activity, services);
        if (_errorHandler is not null)
        {
            await _errorHandler.OnTurnErrorAsync(turn, correlationId, cancellationToken);
        }

        return await DeliverAsync(turn, conversationKey, correlationId, cancellationToken);
    }

    private async Task<TurnResult> DeliverAsync(TurnContext turn, string conversationKey, string correlationId, CancellationToken cancellationToken)
    {
        var isInvoke = turn.Activity.Type == ActivityTypes.Invoke;
        var invokeResponse = turn.InvokeResponse ?? new InvokeResponse(501);
        if (turn.Activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            List<Activity> replies = [.. turn.Outgoing.Select(o => o.Activity)];
            if (isInvoke)
            {
                replies.Add(new Activity
                {
                    Type = ActivityTypes.InvokeResponse,
                    Value = JsonSerializer.SerializeToElement(invokeResponse, BotFrameworkJson.Default.InvokeResponse),
                });
            }

            return new TurnResult(200, new ExpectedReplies(replies));
        }

        // With a background queue the reply is posted after the HTTP answer; without one (or while shutting down), now.
        if (turn.Outgoing.Count > 0
            && (_delivery is null || !await _delivery.EnqueueAsync(conversationKey, [.. turn.Outgoing], correlationId, cancellationToken)))
        {
            foreach (var outgoing in turn.Outgoing)
            {
                await SendAsync(outgoing, correlationId, cancellationToken);
            }
        }

        return isInvoke ? new TurnResult(invokeResponse.Status, invokeResponse.Body) : TurnResult.Ok;
    }

    // A reply that cannot be delivered is logged; it never fails the turn or the host.
    private async Task SendAsync(OutgoingActivity outgoing, string correlationId, CancellationToken cancellationToken)
    {
        try
        {
            if (outgoing.IsUpdate)
            {
                await _connector.UpdateActivityAsync(outgoing.Activity, cancellationToken);
            }
            else
            {
                await _connector.SendActivityAsync(outgoing.Activity, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSendFailed(ex, outgoing.Activity.Type, correlationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored re-delivered {ActivityType} activity {ActivityId}")]
    private partial void LogRedelivery(string? activityType, string? activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "State conflict on {ActivityType} turn, attempt {Attempt}; re-running on fresh state")]
    private partial void LogConflict(string? activityType, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} activity; correlation id {CorrelationId}")]
    private partial void LogTurnFailed(Exception exception, string? activityType, string correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a {ActivityType} reply; correlation id {CorrelationId}")]
    private partial void LogSendFailed(Exception exception, string? activityType, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage unavailable during a {ActivityType} turn; answered 503; correlation id {CorrelationId}")]
    private partial void LogStorageUnavailable(Exception exception, string? activityType, string correlationId);
}
