using Guidebot.Features.Feedback;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Guidebot.Hosting;

/// <summary>Registers feedback on items, the counting of views and missed searches, and the report.</summary>
internal static class FeedbackServiceCollectionExtensions
{
    /// <summary>What reading the report needs (Feedback:RetentionDays, the stored feedback); the <c>report</c> command uses only this.</summary>
    public static IServiceCollection AddFeedbackReport(this IServiceCollection services)
    {
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<FeedbackReader>();
        return services;
    }

    /// <summary>
    /// The 👍/👎 buttons and their handlers, the usage log saved in the background (Feedback:FlushInterval), pruning, and
    /// the report for editors (Admin:Users in the chat, Admin:Key for the page). Feedback:Salt is required.
    /// </summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddFeedbackReport();
        services.AddOptions<FeedbackOptions>().Validate(
            options => !string.IsNullOrWhiteSpace(options.Salt),
            "Feedback:Salt is not set: set it to a long random secret (e.g. the output of `openssl rand -base64 32`) and keep it; voters and editor ids (Admin:Users) are derived from it.");
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).Validate(
            options => string.IsNullOrEmpty(options.Key) || options.Key.Length >= AdminOptions.MinKeyLength,
            $"Admin:Key is too short: use at least {AdminOptions.MinKeyLength} random characters (e.g. the output of `openssl rand -base64 32`).").ValidateOnStart();
        services.AddSingleton<TextScrubber>();
        services.AddSingleton<Pseudonyms>();
        services.AddSingleton<UsageLog>();
        services.AddSingleton<FeedbackPruner>();
        services.AddSingleton<FeedbackHandlers>();
        services.AddHostedService<UsageFlusher>();
        return services;
    }
}
