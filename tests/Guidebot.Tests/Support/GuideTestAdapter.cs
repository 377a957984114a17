using Guidebot.Hosting;
using Guidebot.Knowledge.Loading;
using Guidebot.Knowledge.Search;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Support;

/// <summary>The guide bot wired by the same DI extensions as the host, on memory storage, for TestFlow conversations.</summary>
public static class GuideTestAdapter
{
    public static TestAdapter Create(IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory", ["Feedback:Salt"] = "test-salt" })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddBotState(configuration).AddBotFramework(configuration).AddKnowledge().AddGuideBot();

        // The shipped content and its index are immutable: share one copy across tests instead of rebuilding it per adapter.
        if (configuration["Knowledge:CardsPath"] is null)
        {
            services.AddSingleton(Knowledge.Value.Content);
            services.AddSingleton(Knowledge.Value.Search);
        }

        return new TestAdapter(services.BuildServiceProvider());
    }

    private static readonly Lazy<(GuideContent Content, GuideSearch Search)> Knowledge = new(() =>
    {
        var content = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "cards"));
        return (content, new GuideSearch(content.Guide, content.Synonyms));
    });
}
