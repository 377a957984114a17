using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>Turns the bot's OpenTelemetry on (a dead OTLP endpoint) and adds in-memory exporters that keep every span and metric point as text.</summary>
public sealed class TelemetryCapture
{
    public CollectingExporter<Activity> Spans { get; } = new(Describe);

    public CollectingExporter<Metric> Metrics { get; } = new(Describe);

    public ReliabilityFactory AttachTo(ReliabilityFactory factory) => factory
        .With("Telemetry:OtlpEndpoint", $"http://127.0.0.1:{RedisProcess.FreePort()}")
        .WithServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new OpenTelemetry.SimpleActivityExportProcessor(Spans)));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddReader(new BaseExportingMetricReader(Metrics)));
        });

    public static void Flush(IServiceProvider services)
    {
        services.GetRequiredService<TracerProvider>().ForceFlush();
        services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    private static string Describe(Activity span)
    {
        var text = new StringBuilder($"{span.Source.Name} {span.DisplayName} {span.StatusDescription}");
        foreach (var tag in span.TagObjects)
        {
            text.Append(CultureInfo.InvariantCulture, $" {tag.Key}={tag.Value}");
        }

        foreach (var spanEvent in span.Events)
        {
            text.Append(CultureInfo.InvariantCulture, $" event {spanEvent.Name}");
            foreach (var tag in spanEvent.Tags)
            {
                text.Append(CultureInfo.InvariantCulture, $" {tag.Key}={tag.Value}");
            }
        }

        return text.ToString();
    }

    private static string Describe(Metric metric)
    {
        var text = new StringBuilder($"{metric.MeterName} {metric.Name}");
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            text.Append(" {");
            foreach (var tag in point.Tags)
            {
                text.Append(CultureInfo.InvariantCulture, $" {tag.Key}={tag.Value}");
            }

            text.Append(" }");
        }

        return text.ToString();
    }
}
