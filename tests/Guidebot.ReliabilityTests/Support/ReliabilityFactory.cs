using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>
/// The real host in memory with test configuration (SQLite in a temporary folder unless a test says otherwise, no app id
/// and so unauthenticated access allowed on purpose, as the environment is not Development) and
/// every log line, at every level, captured by a <see cref="FakeLogCollector"/>.
/// </summary>
public class ReliabilityFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> _services = [];

    public ReliabilityFactory()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("guidebot-reliability-").FullName;
        With("Storage:Provider", "Sqlite").With("Storage:Sqlite:Path", DatabasePath).With("BotFramework:AllowUnauthenticated", "true").With("Feedback:Salt", "test-salt");
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "state.db");

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public ReliabilityFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public ReliabilityFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        // Host settings are visible while Program.cs registers services (feature switches such as Telemetry:OtlpEndpoint).
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureServices(services =>
        {
            services.AddLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing host; the temp folder is cleaned by the OS.
            }
        }
    }
}
