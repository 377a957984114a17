using Guidebot.Bot;
using Guidebot.BotFramework.Auth;
using Guidebot.BotFramework.Connector;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.BotFramework.Turns;
using Guidebot.Features.Assessment;
using Guidebot.Features.Browse;
using Guidebot.Features.Checklists;
using Guidebot.Features.Onboarding;
using Guidebot.Features.Reminders;
using Guidebot.Features.Search;
using Guidebot.Features.Sharing;
using Guidebot.Features.Lookups;
using Guidebot.Features.MyQuestions;
using Guidebot.Features.Teams;
using Guidebot.Features.Walkthroughs;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;
using Guidebot.Knowledge.Onboarding;
using Guidebot.Knowledge.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Guidebot.Hosting;

/// <summary>One registration per feature of the host, called from Program.cs.</summary>
internal static class ServiceCollectionExtensions
{
    /// <summary>Storage (Storage:Provider — SQLite by default) and the conversation and user state kept in it.</summary>
    public static IServiceCollection AddBotState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotStorage(configuration);
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<BotState>(s => s.GetRequiredService<ConversationState>());
        services.AddSingleton<BotState>(s => s.GetRequiredService<UserState>());
        return services;
    }

    /// <summary>
    /// The Bot Framework protocol: inbound authentication (required outside Development unless BotFramework:AllowUnauthenticated),
    /// the outbound connector, the adapter that runs turns and its background delivery queue (Delivery:…).
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFrameworkAuthentication(configuration).AddBotConnector(configuration);
        services.AddOptions<BotAccessOptions>().BindConfiguration(BotAccessOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAccessOptions>, BotAccessValidator>();
        services.AddSingleton<UnauthenticatedAccessWarning>();
        services.AddHostedService(s => s.GetRequiredService<UnauthenticatedAccessWarning>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BackgroundDelivery>();
        services.AddHostedService(s => s.GetRequiredService<BackgroundDelivery>());
        services.AddSingleton<CloudAdapter>();
        return services;
    }

    /// <summary>The guide's content from cards/ (Knowledge:CardsPath) and its search index, built and validated at startup.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(s => ContentLoader.Load(CardsPath(s), BuiltInCommands.Contains));
        services.AddSingleton(s => s.GetRequiredService<GuideContent>().Guide);
        services.AddSingleton(s => s.GetRequiredService<GuideContent>().Course);
        services.AddSingleton(s => s.GetRequiredService<GuideContent>().Tools);
        services.AddSingleton(s => new GuideSearch(s.GetRequiredService<Guide>(), s.GetRequiredService<GuideContent>().Synonyms));
        services.AddSingleton<IStartupCheck, KnowledgeWarmup>();
        return services;
    }

    private static string CardsPath(IServiceProvider services) =>
        services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ResolvedCardsPath;

    /// <summary>The guide bot itself and what it says when a turn fails.</summary>
    public static IServiceCollection AddGuideBot(this IServiceCollection services)
    {
        services.AddSingleton<GuideNavigator>();
        services.AddSingleton<RootDialog>();
        services.AddSingleton<MenuHandlers>();
        services.AddSingleton<BrowseHandlers>();
        services.AddSingleton<SearchAnswers>();
        services.AddSingleton<SearchHandlers>();
        services.AddSingleton<AreaTools>();
        services.AddSingleton<WalkthroughDialog>();
        services.AddSingleton<WalkthroughHandlers>();
        services.AddSingleton<ChecklistHandlers>();
        services.AddSingleton<LookupHandlers>();
        services.AddSingleton<OnboardingHandlers>();
        services.AddSingleton<SelfAssessmentHandlers>();
        services.AddReminders();
        services.AddSingleton<SharingHandlers>();
        services.AddSingleton<MyQuestionsHandlers>();
        services.AddFeedback();
        services.AddSingleton<GuideRunner>();
        services.AddSingleton<MessageExtension>();
        services.AddSingleton<IBot, GuideBot>();
        services.AddSingleton<ITurnErrorHandler, ApologyErrorHandler>();
        return services;
    }
}
