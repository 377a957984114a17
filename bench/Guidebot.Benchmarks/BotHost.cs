using Guidebot.BotFramework.Storage;
using Guidebot.BotFramework.Turns;
using Guidebot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guidebot.Benchmarks;

/// <summary>The guide bot wired by the host's own DI extensions (as in production), with the content from <see cref="RepoPaths.Cards"/>.</summary>
public sealed class BotHost : IDisposable
{
    private readonly ServiceProvider _services;

    public BotHost(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:CardsPath"] = RepoPaths.Cards })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddBotState(configuration).AddBotFramework(configuration).AddKnowledge().AddGuideBot();
        _services = services.BuildServiceProvider();
        Adapter = _services.GetRequiredService<CloudAdapter>();
        Storage = _services.GetRequiredService<IStorage>();
    }

    public CloudAdapter Adapter { get; }

    public IStorage Storage { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public void Dispose() => _services.Dispose();
}
