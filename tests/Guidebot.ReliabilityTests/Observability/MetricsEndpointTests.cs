using System.Net;
using Guidebot.ReliabilityTests.Support;

namespace Guidebot.ReliabilityTests.Observability;

/// <summary>/metrics in the Prometheus text format, scraped after turns through the real endpoint.</summary>
public sealed class MetricsEndpointTests
{
    private const string Question = "xyzzy plugh quux";

    [Fact]
    public async Task Scrape_AfterAMenuTurnAndASearchMiss_ListsTurnsMissesAndLatencyBuckets()
    {
        await using var factory = new ReliabilityFactory();
        using var client = factory.CreateClient();
        await client.ExchangeAsync(Turns.Message("hej", "scraped"));
        await client.ExchangeAsync(Turns.Message(Question, "scraped"));

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Matches("""(?m)^guidebot_turns_total\{[^}]*activity_type="message"[^}]*outcome="ok"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""(?m)^guidebot_search_queries_total\{[^}]*outcome="miss"[^}]*\} [1-9]""", metrics);
        // Buckets in seconds that resolve the bot's few milliseconds, not the SDK's millisecond defaults.
        Assert.Matches("""(?m)^guidebot_turn_duration_seconds_bucket\{[^}]*le="0\.025"[^}]*\} \d""", metrics);
        Assert.Matches("""(?m)^guidebot_turn_duration_seconds_bucket\{[^}]*le="\+Inf"[^}]*\} [1-9]""", metrics);
        Assert.Matches("""(?m)^http_server_request_duration_seconds_bucket\{""", metrics);
        Assert.DoesNotContain("xyzzy", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrape_PrometheusDisabled_Is404()
    {
        await using var factory = new ReliabilityFactory().With("Telemetry:PrometheusEnabled", "false");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
