using Guidebot.BotFramework.Storage;
using Microsoft.Extensions.Options;

namespace Guidebot.Features.Reminders;

/// <summary>Registers follow-up reminders: options (Reminders:…), storage, the chat handlers and the scheduler that sends them.</summary>
internal static class ReminderServiceCollectionExtensions
{
    // The longest reminder with its weekend shift, and a week's delay set on the day it is sent.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(400);

    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateDataAnnotations()
            .Validate<IOptions<StorageOptions>>(
                (_, storage) => storage.Value.Provider != StorageProvider.Redis || storage.Value.Redis.TimeToLive is not { } ttl || ttl >= LongestWait,
                $"Storage:Redis:TimeToLive would expire reminders before they are sent: leave it empty or set it to at least {LongestWait.TotalDays:0}.00:00:00.")
            .ValidateOnStart();
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<ReminderTopics>();
        services.AddSingleton<ReminderHandlers>();
        services.AddSingleton<ReminderSender>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(s => s.GetRequiredService<ReminderScheduler>());
        return services;
    }
}
