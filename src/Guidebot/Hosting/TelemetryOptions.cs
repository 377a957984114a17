namespace Guidebot.Hosting;

/// <summary>OpenTelemetry export (<c>Telemetry</c>): off unless an OTLP endpoint is configured.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The OTLP collector, e.g. <c>http://otel-collector:4317</c> (gRPC) ; empty turns traces and metrics off.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The service.name resource attribute.</summary>
    public string ServiceName { get; set; } = "guidebot";
}
