using Azure.Monitor.OpenTelemetry.Exporter;
using Guidebot.BotFramework.Turns;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Guidebot.Hosting;

/// <summary>OpenTelemetry traces and metrics of the bot, the protocol layer, ASP.NET Core and the connector's retries.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The meter of Microsoft.Extensions.Http.Resilience (Polly): <c>resilience.polly.strategy.events</c> counts the connector's retries.</summary>
    public const string ResilienceMeter = "Polly";

    public const string MetricsPath = "/metrics";

    /// <summary>
    /// Buckets (seconds) for <c>guidebot.turn.duration</c>: the SDK's default boundaries (0 … 10,000) suit milliseconds and
    /// would put every turn into the first bucket; these resolve the 5–25 ms the bot answers in and the seconds of a stall.
    /// </summary>
    private static readonly double[] TurnDurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>
    /// Metrics for /metrics (Telemetry:PrometheusEnabled) and the exporters that are configured (Telemetry:OtlpEndpoint,
    /// Telemetry:AzureMonitorConnectionString); traces only for an exporter. Registers nothing when all are off.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton(options);
        if (!options.ExportsTraces && !options.PrometheusEnabled)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(options.ServiceName));
        if (options.ExportsTraces)
        {
            telemetry.WithTracing(tracing => AddExporters(
                tracing.AddSource(BotFrameworkTelemetry.Name).AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = IsNotProbeOrScrape),
                options));
        }

        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(BotFrameworkTelemetry.Name, GuideTelemetry.Name, ResilienceMeter).AddAspNetCoreInstrumentation()
                .AddView("guidebot.turn.duration", new ExplicitBucketHistogramConfiguration { Boundaries = TurnDurationBuckets });
            AddExporters(metrics, options);
            if (options.PrometheusEnabled)
            {
                metrics.AddPrometheusExporter();
            }
        });
        return services;
    }

    /// <summary>Maps <c>/metrics</c> when Prometheus is enabled; it is served without authentication (see README).</summary>
    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<TelemetryOptions>().PrometheusEnabled)
        {
            endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
        }

        return endpoints;
    }

    private static void AddExporters(TracerProviderBuilder tracing, TelemetryOptions options)
    {
        if (options.OtlpEndpoint is { } endpoint)
        {
            tracing.AddOtlpExporter(otlp => otlp.Endpoint = endpoint);
        }

        if (!string.IsNullOrWhiteSpace(options.AzureMonitorConnectionString))
        {
            tracing.AddAzureMonitorTraceExporter(azure => azure.ConnectionString = options.AzureMonitorConnectionString);
        }
    }

    private static void AddExporters(MeterProviderBuilder metrics, TelemetryOptions options)
    {
        if (options.OtlpEndpoint is { } endpoint)
        {
            metrics.AddOtlpExporter(otlp => otlp.Endpoint = endpoint);
        }

        if (!string.IsNullOrWhiteSpace(options.AzureMonitorConnectionString))
        {
            metrics.AddAzureMonitorMetricExporter(azure => azure.ConnectionString = options.AzureMonitorConnectionString);
        }
    }

    private static bool IsNotProbeOrScrape(HttpContext context) =>
        !context.Request.Path.StartsWithSegments(HealthServiceCollectionExtensions.LivePath)
        && !context.Request.Path.StartsWithSegments(HealthServiceCollectionExtensions.ReadyPath)
        && !context.Request.Path.StartsWithSegments(MetricsPath);
}
