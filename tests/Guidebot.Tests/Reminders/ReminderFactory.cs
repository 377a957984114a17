using Guidebot.Features.Reminders;
using Guidebot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Guidebot.Tests.Reminders;

/// <summary>The real host on memory storage with a fake clock the test moves on, starting Monday 10 March 2025, 10:00 in Denmark.</summary>
public sealed class ReminderFactory : GuidebotFactory
{
    public static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    internal ReminderScheduler Scheduler => Services.GetRequiredService<ReminderScheduler>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
