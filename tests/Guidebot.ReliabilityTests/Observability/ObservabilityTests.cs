using System.Net;
using System.Text.Json;
using Guidebot.ReliabilityTests.Faults;
using Guidebot.ReliabilityTests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Guidebot.ReliabilityTests.Observability;

/// <summary>Health endpoints, and the traces and metrics a turn and a retried reply produce.</summary>
public sealed class ObservabilityTests
{
    [Fact]
    public async Task HealthEndpoints_ContentAndStorageReady_Answer200()
    {
        await using var factory = new ReliabilityFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("content").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("storage-sqlite").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Telemetry_WithoutOtlpEndpoint_IsOff()
    {
        await using var factory = new ReliabilityFactory();

        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Telemetry_TurnAndThrottledReply_ExportTurnSpansTurnMetricsAndConnectorRetries()
    {
        var telemetry = new TelemetryCapture();
        await using var factory = telemetry.AttachTo(new ReliabilityFactory());
        await using var connector = await ScriptedConnector.StartAsync();
        connector.Then(429, retryAfter: "1");
        using var client = factory.CreateClient();

        await client.ExchangeAsync(Turns.Message("hej", "observed"));
        using var response = await client.PostActivityAsync(Turns.Message("menu", "observed", connector.ServiceUrl, expectReplies: false));
        await Poll.UntilAsync(() => connector.Accepted == 1, TimeSpan.FromSeconds(30), "the throttled reply to be delivered");
        TelemetryCapture.Flush(factory.Services);

        var spans = string.Join('\n', telemetry.Spans.Exported);
        var metrics = string.Join('\n', telemetry.Metrics.Exported);
        Assert.Contains("Guidebot.BotFramework turn", spans, StringComparison.Ordinal);
        Assert.Contains("guidebot.activity.type=message", spans, StringComparison.Ordinal);
        Assert.Contains("http.route=/api/messages", spans, StringComparison.Ordinal);
        Assert.Contains("Guidebot.BotFramework guidebot.turns { activity.type=message outcome=ok }", metrics, StringComparison.Ordinal);
        Assert.Contains("guidebot.turn.duration", metrics, StringComparison.Ordinal);
        Assert.Contains("guidebot.delivery.activities", metrics, StringComparison.Ordinal);
        Assert.Matches("resilience.polly.strategy.events.*event.name=OnRetry", metrics);
    }
}
