using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Guidebot.ReliabilityTests.Support;

namespace Guidebot.ReliabilityTests.Faults;

/// <summary>
/// Replies posted to a connector that is slow, throttles, fails or is not there: the channel's request is answered at
/// once (replies go out in the background), throttling is retried honouring Retry-After, retries are bounded, and a
/// reply that cannot be delivered is logged with the turn's correlation id.
/// </summary>
public sealed partial class ConnectorFaultTests : IClassFixture<ReliabilityFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ReliabilityFactory _factory;
    private readonly HttpClient _client;

    public ConnectorFaultTests(ReliabilityFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Post_ConnectorHangs_TheRequestIsAnsweredBeforeTheReplyIsDelivered()
    {
        await using var connector = await ScriptedConnector.StartAsync();
        var release = new TaskCompletionSource();
        connector.ThenHoldUntil(release.Task);

        using var response = await _client.PostActivityAsync(Turns.Message("hej", "slow-connector", connector.ServiceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, connector.Accepted);
        release.SetResult();
        await Poll.UntilAsync(() => connector.Accepted == 1, Patience, "the held reply to be delivered");
    }

    [Fact]
    public async Task Post_ConnectorThrottles_TheReplyIsRetriedAfterRetryAfterAndDelivered()
    {
        await using var connector = await ScriptedConnector.StartAsync();
        connector.Then(429, retryAfter: "1");

        using var response = await _client.PostActivityAsync(Turns.Message("hej", "throttled", connector.ServiceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Poll.UntilAsync(() => connector.Accepted == 1, Patience, "the throttled reply to be delivered");
        Assert.Equal(2, connector.Attempts);
    }

    [Fact]
    public async Task Post_ConnectorKeepsFailing_RetriesAreBoundedAndTheFailureIsLoggedWithTheCorrelationId()
    {
        await using var connector = await ScriptedConnector.StartAsync();
        connector.Then(503).Then(503).Then(503).Then(503).Then(503);
        var before = DeliveryFailures().Count;

        using var response = await _client.PostActivityAsync(Turns.Message("hej", "failing-connector", connector.ServiceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Poll.UntilAsync(() => DeliveryFailures().Count > before, Patience, "the delivery failure to be logged");
        Assert.Equal(3, connector.Attempts);
        Assert.Equal(0, connector.Accepted);
        Assert.Matches(CorrelationId(), DeliveryFailures()[^1]);
    }

    [Fact]
    public async Task Post_ConnectorRefusesConnections_TheTurnSucceedsAndTheFailureIsLogged()
    {
        var before = DeliveryFailures().Count;
        using var response = await _client.PostActivityAsync(Turns.Message("hej", "refused-connector", $"http://127.0.0.1:{ClosedPort()}/", expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Poll.UntilAsync(() => DeliveryFailures().Count > before, Patience, "the refused delivery to be logged");
        Assert.Matches(CorrelationId(), DeliveryFailures()[^1]);
    }

    private List<string> DeliveryFailures() =>
        [.. _factory.Logs.GetSnapshot().Where(log => log.Message.StartsWith("Could not deliver a message reply", StringComparison.Ordinal)).Select(log => log.Message)];

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("correlation id [0-9a-f]{32}")]
    private static partial Regex CorrelationId();
}
