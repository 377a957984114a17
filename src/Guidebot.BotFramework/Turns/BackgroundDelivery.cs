using System.Threading.Channels;
using Guidebot.BotFramework.Connector;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Guidebot.BotFramework.Turns;

/// <summary>
/// Posts turns' replies to the channel after the HTTP request has been answered, so a slow or retrying connector
/// (up to 30 s per reply) never holds the channel's request past Teams' 15 s. Bounded: a conversation's replies go
/// to one of a fixed set of senders in order; when the queue is full a turn waits briefly for room, then its
/// replies are dropped and logged. On shutdown the queue is drained until the host's shutdown timeout.
/// </summary>
public sealed partial class BackgroundDelivery : IHostedService, IDisposable
{
    private readonly IConnectorClient _connector;
    private readonly ILogger<BackgroundDelivery> _logger;
    private readonly DeliveryOptions _options;
    private readonly Channel<DeliveryBatch>[] _queues;
    private readonly CancellationTokenSource _abort = new();
    private Task[] _senders = [];

    /// <summary>Creates the queue; register it as a singleton and as a hosted service.</summary>
    public BackgroundDelivery(IConnectorClient connector, IOptions<DeliveryOptions> options, ILogger<BackgroundDelivery> logger)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _connector = connector;
        _logger = logger;
        _options = options.Value;
        var perSender = Math.Max(1, _options.QueueCapacity / _options.Workers);
        _queues = [.. Enumerable.Range(0, _options.Workers).Select(_ => Channel.CreateBounded<DeliveryBatch>(
            new BoundedChannelOptions(perSender) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))];
    }

    /// <summary>Queues one turn's replies; false when the queue is closed (shutting down), so the caller sends them itself.</summary>
    public async Task<bool> EnqueueAsync(string conversationKey, IReadOnlyList<OutgoingActivity> replies, string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        ArgumentNullException.ThrowIfNull(replies);
        var batch = new DeliveryBatch(replies, correlationId);
        var writer = _queues[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationKey) % (uint)_queues.Length)].Writer;
        if (writer.TryWrite(batch))
        {
            BotFrameworkTelemetry.DeliveryQueued.Add(1);
            return true;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.EnqueueTimeout);
        try
        {
            await writer.WriteAsync(batch, timeout.Token);
            BotFrameworkTelemetry.DeliveryQueued.Add(1);
            return true;
        }
        catch (ChannelClosedException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogDropped(replies.Count, correlationId);
            BotFrameworkTelemetry.Deliveries.Add(replies.Count, new KeyValuePair<string, object?>("outcome", "dropped"));
            return true;
        }
    }

    /// <summary>Starts the senders.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _senders = [.. _queues.Select(queue => Task.Run(() => DrainAsync(queue.Reader), CancellationToken.None))];
        return Task.CompletedTask;
    }

    /// <summary>Closes the queue and waits for what is in it to be sent; aborts the rest when <paramref name="cancellationToken"/> fires.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var queue in _queues)
        {
            queue.Writer.TryComplete();
        }

        await using var abort = cancellationToken.Register(_abort.Cancel);
        await Task.WhenAll(_senders);
    }

    /// <summary>Releases the abort signal.</summary>
    public void Dispose() => _abort.Dispose();

    private async Task DrainAsync(ChannelReader<DeliveryBatch> reader)
    {
        await foreach (var batch in reader.ReadAllAsync(CancellationToken.None))
        {
            BotFrameworkTelemetry.DeliveryQueued.Add(-1);
            foreach (var reply in batch.Replies)
            {
                await SendAsync(reply, batch.CorrelationId);
            }
        }
    }

    // A reply that cannot be delivered (after the connector's own retries) is logged; it never stops the sender.
    private async Task SendAsync(OutgoingActivity reply, string correlationId)
    {
        try
        {
            await (reply.IsUpdate
                ? _connector.UpdateActivityAsync(reply.Activity, _abort.Token)
                : _connector.SendActivityAsync(reply.Activity, _abort.Token));
            BotFrameworkTelemetry.Deliveries.Add(1, new KeyValuePair<string, object?>("outcome", "sent"));
        }
        catch (Exception exception)
        {
            LogSendFailed(exception, reply.Activity.Type, correlationId);
            BotFrameworkTelemetry.Deliveries.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Could not deliver a {ActivityType} reply; correlation id {CorrelationId}")]
    private partial void LogSendFailed(Exception exception, string? activityType, string correlationId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "The delivery queue is full: dropped {Count} replies; correlation id {CorrelationId}")]
    private partial void LogDropped(int count, string correlationId);

    private sealed record DeliveryBatch(IReadOnlyList<OutgoingActivity> Replies, string CorrelationId);
}
