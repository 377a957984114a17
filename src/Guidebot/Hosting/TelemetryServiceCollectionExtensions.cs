using Guidebot.BotFramework.Turns;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Guidebot.Hosting;

/// <summary>OpenTelemetry traces and metrics of the bot, the protocol layer, ASP.NET Core and the connector's retries.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The meter of Microsoft.Extensions.Http.Resilience (Polly): <c>resilience.polly.strategy.events</c> counts the connector's retries.</summary>
    public const string ResilienceMeter = "Polly";

    /// <summary>Exports over OTLP when <c>Telemetry:OtlpEndpoint</c> is set; registers nothing otherwise.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.OtlpEndpoint is not { } endpoint)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(BotFrameworkTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = IsNotHealthProbe)
                .AddOtlpExporter(otlp => otlp.Endpoint = endpoint))
            .WithMetrics(metrics => metrics
                .AddMeter(BotFrameworkTelemetry.Name, GuideTelemetry.Name, ResilienceMeter)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(otlp => otlp.Endpoint = endpoint));
        return services;
    }

    private static bool IsNotHealthProbe(HttpContext context) =>
        !context.Request.Path.StartsWithSegments(HealthServiceCollectionExtensions.LivePath)
        && !context.Request.Path.StartsWithSegments(HealthServiceCollectionExtensions.ReadyPath);
}
