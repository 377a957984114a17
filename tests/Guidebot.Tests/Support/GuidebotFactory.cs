using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Guidebot.Tests.Support;

/// <summary>
/// The real host, in memory, with test configuration: memory storage unless a test says otherwise, a feedback salt, no
/// app id (so no auth and loopback-only replies; allowed on purpose, as the environment is not Development) unless
/// a test sets one. One instance per test class.
/// </summary>
public class GuidebotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        ["Storage:Provider"] = "Memory",
        ["BotFramework:AllowUnauthenticated"] = "true",
        ["Feedback:Salt"] = "test-salt",
    };

    public GuidebotFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
    }
}
