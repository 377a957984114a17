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
        await using var ingestion = await LoopbackServer.StartAsync(app => app.MapPost("/v2.1/track", async (HttpRequest request) =>
        {
            var body = request.Headers.ContentEncoding == "gzip" ? new GZipStream(request.Body, CompressionMode.Decompress) : request.Body;
            using var reader = new StreamReader(body);
            received.Enqueue(await reader.ReadToEndAsync());
            return Results.Ok(new { itemsReceived = 1, itemsAccepted = 1, errors = Array.Empty<object>() });
        }));
        await using var factory = new ReliabilityFactory().With(
            "Telemetry:AzureMonitorConnectionString",
            $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={ingestion.BaseUrl}");
        using var client = factory.CreateClient();

        await client.ExchangeAsync(Turns.Message("hej", "exported"));
        TelemetryCapture.Flush(factory.Services);

        var sent = string.Join('\n', received);
        Assert.Contains("\"name\":\"turn\"", sent, StringComparison.Ordinal);
        Assert.Contains("guidebot.turns", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("hej", sent, StringComparison.Ordinal);
    }
}
