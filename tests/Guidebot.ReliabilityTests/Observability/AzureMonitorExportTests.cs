using System.Collections.Concurrent;
using System.IO.Compression;
using Guidebot.ReliabilityTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Guidebot.ReliabilityTests.Observability;

/// <summary>
/// Telemetry:AzureMonitorConnectionString: the Azure Monitor OpenTelemetry exporter sends the turn's spans and metrics
/// to the connection string's ingestion endpoint (here a loopback stand-in for Application Insights).
/// </summary>
public sealed class AzureMonitorExportTests
{
    [Fact]
    public async Task Export_ConnectionStringSet_SendsTheTurnSpanAndTurnMetricsToTheIngestionEndpoint()
    {
        var received = new ConcurrentQueue<string>();
        var spanAndMetricsArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var ingestion = await LoopbackServer.StartAsync(app => app.MapPost("/v2.1/track", async (HttpRequest request) =>
        {
            var body = request.Headers.ContentEncoding == "gzip" ? new GZipStream(request.Body, CompressionMode.Decompress) : request.Body;
            using var reader = new StreamReader(body);
            received.Enqueue(await reader.ReadToEndAsync());
            var all = string.Join('\n', received);
            if (all.Contains("\"name\":\"turn\"", StringComparison.Ordinal) && all.Contains("guidebot.turns", StringComparison.Ordinal))
            {
                spanAndMetricsArrived.TrySetResult();
            }

            return Results.Ok(new { itemsReceived = 1, itemsAccepted = 1, errors = Array.Empty<object>() });
        }));
        await using var factory = new ReliabilityFactory().With(
            "Telemetry:AzureMonitorConnectionString",
            $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={ingestion.BaseUrl}");
        using var client = factory.CreateClient();

        await client.ExchangeAsync(Turns.Message("hej", "exported"));
        TelemetryCapture.Flush(factory.Services);

        // The exporter posts on its own schedule after the flush; the span and the metric must both arrive.
        await spanAndMetricsArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.DoesNotContain("hej", string.Join('\n', received), StringComparison.Ordinal);
    }
}
