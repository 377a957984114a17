using Microsoft.Extensions.Options;

namespace Guidebot.Features.Reminders;

/// <summary>
/// Sends reminders when they are due, on every instance, on the host's <see cref="TimeProvider"/>. It sleeps until the next
/// reminder in the schedule can be taken (at the latest <see cref="ReminderOptions.CheckInterval"/>, to see what other
/// instances added), then claims the due ones one by one with an ETag-checked write — of two instances on one Redis only one
/// wins each — and hands them to <see cref="ReminderSender"/>. Everything it knows is in storage, so after a restart it goes on
/// where it was, and a reminder due while no instance ran is sent when one starts.
/// </summary>
internal sealed partial class ReminderScheduler(ReminderStore store, ReminderSender sender, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderScheduler> logger)
    : BackgroundService
{
    // Longer than a send can take (the connector gives up within 30 s): when an instance stops while sending, its claim runs
    // out and another instance sends the reminder (so a crash just after the channel accepted it can send it twice).
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _checking = new(1, 1);

    /// <summary>Sends every reminder due now and returns when to check again; one check at a time in this instance.</summary>
    public async Task<DateTimeOffset> CheckNowAsync(CancellationToken cancellationToken)
    {
        await _checking.WaitAsync(cancellationToken);
        try
        {
            while (await store.ClaimNextAsync(time.GetUtcNow(), Lease, cancellationToken) is { } claimed)
            {
                await sender.SendAsync(claimed, cancellationToken);
            }

            var latest = time.GetUtcNow() + options.Value.CheckInterval;
            return await store.NextAvailableAsync(cancellationToken) is { } next && next < latest ? next : latest;
        }
        finally
        {
            _checking.Release();
        }
    }

    public override void Dispose()
    {
        _checking.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = await CheckOrRetryLaterAsync(stoppingToken);
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken);
            }
        }
    }

    // Storage that is down, or anything else, must not stop the host: the check is tried again after the interval.
    private async Task<DateTimeOffset> CheckOrRetryLaterAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await CheckNowAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogCheckFailed(exception);
            return time.GetUtcNow() + options.Value.CheckInterval;
        }
    }

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "Checking for due reminders failed; trying again after the check interval")]
    private partial void LogCheckFailed(Exception exception);
}
