using Guidebot.BotFramework.Storage;
using Guidebot.Hosting;
using Microsoft.Extensions.Options;

namespace Guidebot.Features.Feedback;

/// <summary>Saves the counted item views and missed searches every Feedback:FlushInterval and when the host stops, and prunes old feedback once a day.</summary>
internal sealed partial class UsageFlusher(UsageLog usage, FeedbackPruner pruner, IOptions<FeedbackOptions> options, TimeProvider time, ILogger<UsageFlusher> logger)
    : BackgroundService
{
    // Stopping saves the counts only: pruning can wait for the next start.
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await SaveAsync(usage.FlushAsync, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, time);
        try
        {
            await SaveAsync(FlushAndPruneAsync, stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SaveAsync(FlushAndPruneAsync, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; StopAsync saves what is left.
        }
    }

    private async Task FlushAndPruneAsync(CancellationToken cancellationToken)
    {
        await usage.FlushAsync(cancellationToken);
        await pruner.PruneIfDueAsync(cancellationToken);
    }

    // A failed save keeps its counts for the next one; the bot goes on answering meanwhile. A storage already disposed
    // (the host stopping it first) is as good as unreachable.
    private async Task SaveAsync(Func<CancellationToken, Task> save, CancellationToken cancellationToken)
    {
        try
        {
            await save(cancellationToken);
        }
        catch (Exception exception) when (exception is StorageUnavailableException or EtagException or ObjectDisposedException)
        {
            LogSaveFailed(logger, exception.GetType().Name, options.Value.FlushInterval);
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Feedback counts could not be saved ({ExceptionType}); trying again in {Interval}.")]
    private static partial void LogSaveFailed(ILogger logger, string exceptionType, TimeSpan interval);
}
