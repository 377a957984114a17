using Guidebot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Guidebot.BotFramework.Tests.Connector;

/// <summary>The connector wired by <c>AddBotConnector</c>, talking to a <see cref="FakeChannel"/> under <see cref="InstantDelays"/>.</summary>
internal sealed class ConnectorHost : IDisposable
{
    public const string AppId = "9b6c2e1a-bot-app-id";

    private readonly ServiceProvider _services;

    private ConnectorHost(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(Logs));
        services.AddBotConnector(configuration);
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Channel);
        services.AddSingleton<TimeProvider>(Time);
        services.Replace(ServiceDescriptor.Singleton<IAppCredentials>(Credentials));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeChannel Channel { get; } = new();

    public InstantDelays Time { get; } = new();

    public FakeCredentials Credentials { get; } = new();

    public RecordingLogger Logs { get; } = new();

    public ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();

    public static ConnectorHost WithAppId() => new(new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "secret",
    });

    public static ConnectorHost WithoutAppId() => new([]);

    public void Dispose() => _services.Dispose();

    /// <summary>Hands out a fixed token and counts how often it was asked.</summary>
    internal sealed class FakeCredentials : IAppCredentials
    {
        private int _calls;

        public int Calls => _calls;

        public Task<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult("token-from-msal");
        }
    }
}
