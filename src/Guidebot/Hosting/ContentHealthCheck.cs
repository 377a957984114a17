using Guidebot.Knowledge.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Guidebot.Hosting;

/// <summary>Ready when the guide's content is loaded (it is loaded, and validated, while the host starts).</summary>
internal sealed class ContentHealthCheck(Guide guide) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(guide.Areas.Count > 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("no content loaded"));
}
