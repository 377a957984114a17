using Guidebot.Bot;
using Guidebot.BotFramework.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Guidebot.Hosting;

/// <summary>
/// Ready when the configured storage answers a read and a write of a probe item within two seconds: catches Redis
/// being down or slow, and a SQLite file that became read-only or a full disk.
/// </summary>
internal sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    public const string ProbeKey = "health/probe";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await storage.ReadAsync(ProbeKey, AppJson.Default.Boolean, timeout.Token).WaitAsync(timeout.Token);
            await storage.WriteAsync(ProbeKey, true, AppJson.Default.Boolean, StoreItem.AnyETag, timeout.Token).WaitAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is StorageUnavailableException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(exception is OperationCanceledException ? "storage timed out" : "storage unavailable");
        }
    }
}
