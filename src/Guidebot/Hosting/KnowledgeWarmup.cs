using Guidebot.Knowledge.Content;

namespace Guidebot.Hosting;

/// <summary>Loads the guide while the host starts, so broken content stops startup with its file:line errors.</summary>
internal sealed class KnowledgeWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<Guide>();
        services.GetRequiredService<Knowledge.Onboarding.Course>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
