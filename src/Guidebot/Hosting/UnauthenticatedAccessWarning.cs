using Guidebot.BotFramework.Auth;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Guidebot.Hosting;

/// <summary>
/// Says loudly that the bot accepts unauthenticated requests outside Development (<c>BotFramework:AllowUnauthenticated=true</c>
/// and no app id): a warning in the log at startup, and <c>Degraded</c> (still 200) with the same words on /readyz.
/// </summary>
internal sealed partial class UnauthenticatedAccessWarning(
    IOptions<BotFrameworkOptions> botFramework,
    IHostEnvironment environment,
    ILogger<UnauthenticatedAccessWarning> logger) : IHostedService, IHealthCheck
{
    public const string Description =
        "BotFramework:AllowUnauthenticated=true and no MicrosoftAppId: /api/messages accepts requests without a Bot Framework token";

    private bool IsOpen => !environment.IsDevelopment() && !botFramework.Value.HasAppId;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsOpen)
        {
            LogUnauthenticated(Description);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(IsOpen ? HealthCheckResult.Degraded(Description) : HealthCheckResult.Healthy());

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "{Description}; anyone who reaches the bot can act as any user")]
    private partial void LogUnauthenticated(string description);
}
