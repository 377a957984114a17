using Guidebot.Knowledge.Onboarding;
using Guidebot.Knowledge.Search;

namespace Guidebot.Hosting;

/// <summary>Loads the guide and builds its index before the host listens, so broken content stops startup with its file:line errors.</summary>
internal sealed class KnowledgeWarmup(IServiceProvider services) : IStartupCheck
{
    public void Run()
    {
        services.GetRequiredService<GuideSearch>();
        services.GetRequiredService<Course>();
    }
}
