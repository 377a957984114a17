using Guidebot.BotFramework.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Guidebot.Hosting;

/// <summary>
/// Health endpoints: <c>/healthz</c> (the process is alive) and <c>/readyz</c> (content loaded, storage reachable; Degraded
/// but still 200 while unauthenticated requests are allowed outside Development).
/// </summary>
internal static class HealthServiceCollectionExtensions
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";
    private const string ReadyTag = "ready";

    /// <summary>Readiness checks for the content, the configured storage provider (<c>storage-sqlite</c>, …) and authentication.</summary>
    public static IServiceCollection AddHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.Provider ?? StorageProvider.Sqlite;
        services.AddHealthChecks()
            .AddCheck<ContentHealthCheck>("content", tags: [ReadyTag])
            .AddCheck<StorageHealthCheck>($"storage-{provider.ToString().ToLowerInvariant()}", tags: [ReadyTag])
            .AddCheck<UnauthenticatedAccessWarning>("authentication", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthReportWriter.WriteAsync });
        return endpoints;
    }
}
