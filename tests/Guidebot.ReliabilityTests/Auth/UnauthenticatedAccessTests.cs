using System.Net;
using System.Text.Json;
using Guidebot.ReliabilityTests.Support;
using Microsoft.Extensions.Logging;

namespace Guidebot.ReliabilityTests.Auth;

/// <summary>
/// BotFramework:AllowUnauthenticated outside Development (the tests' environment is "Testing"): the bot runs, but says
/// so in a startup warning and on /readyz (Degraded, still 200). With an app id it is not open, so neither says anything.
/// (Without the switch it does not start at all: StartupFailureTests.)
/// </summary>
public sealed class UnauthenticatedAccessTests
{
    [Fact]
    public async Task Start_AllowUnauthenticatedWithoutAppId_WarnsInTheLogAndOnReadyz()
    {
        await using var factory = new ReliabilityFactory();
        using var client = factory.CreateClient();

        var (status, authentication) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", authentication.GetProperty("status").GetString());
        Assert.Contains("without a Bot Framework token", authentication.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(factory.Logs.GetSnapshot(), log => log.Level == LogLevel.Warning && log.Message.Contains("AllowUnauthenticated=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_AppIdSet_NoWarningAndAuthenticationHealthy()
    {
        await using var factory = new ReliabilityFactory()
            .With("MicrosoftAppId", "00000000-0000-0000-0000-0000000000a1")
            .With("MicrosoftAppPassword", "secret");
        using var client = factory.CreateClient();

        var (status, authentication) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", authentication.GetProperty("status").GetString());
        Assert.DoesNotContain(factory.Logs.GetSnapshot(), log => log.Message.Contains("AllowUnauthenticated", StringComparison.Ordinal));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Authentication)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, report.RootElement.GetProperty("checks").GetProperty("authentication").Clone());
    }
}
