namespace Guidebot.Hosting;

/// <summary>OpenTelemetry (<c>Telemetry</c>): the Prometheus scrape endpoint /metrics (on by default), OTLP and Azure Monitor export (off unless configured).</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The OTLP collector, e.g. <c>http://otel-collector:4317</c> (gRPC); empty: no OTLP export.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>An Application Insights connection string; empty: no Azure Monitor export.</summary>
    public string? AzureMonitorConnectionString { get; set; }

    /// <summary>Serve the metrics at <c>/metrics</c> in the Prometheus text format (counts and durations only, never message text).</summary>
    public bool PrometheusEnabled { get; set; } = true;

    /// <summary>The service.name resource attribute.</summary>
    public string ServiceName { get; set; } = "guidebot";

    /// <summary>Whether traces go anywhere: they are recorded only for an exporter that sends them on.</summary>
    public bool ExportsTraces => OtlpEndpoint is not null || !string.IsNullOrWhiteSpace(AzureMonitorConnectionString);
}
