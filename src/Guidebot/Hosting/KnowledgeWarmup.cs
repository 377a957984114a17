using Guidebot.Knowledge.Onboarding;
using Guidebot.Knowledge.Search;

namespace Guidebot.Hosting;

/// <summary>Loads the guide and builds its index while the host starts, so broken content stops startup with its file:line errors.</summary>
internal sealed class KnowledgeWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<GuideSearch>();
        services.GetRequiredService<Course>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
