using Guidebot.Bot;
using Guidebot.Knowledge.Search;

namespace Guidebot.Hosting;

/// <summary>
/// Loads and checks all of cards/, builds the search index and registers every route before the host
/// listens, so broken content stops startup with its file:line:column errors instead of failing a turn.
/// </summary>
internal sealed class KnowledgeWarmup(IServiceProvider services) : IStartupCheck
{
    public void Run()
    {
        services.GetRequiredService<GuideSearch>();
        services.GetRequiredService<GuideRunner>();
    }
}
