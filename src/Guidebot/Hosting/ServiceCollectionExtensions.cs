using Guidebot.Bot;
using Guidebot.Bot.Handlers;
using Guidebot.Bot.Navigation;
using Guidebot.Dialogs;
using Guidebot.BotFramework.Auth;
using Guidebot.BotFramework.Connector;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.BotFramework.Turns;
using Guidebot.Knowledge.Content;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

    /// <summary>The Bot Framework protocol: inbound authentication, the outbound connector, the adapter that runs turns and its background delivery queue (Delivery:…).</summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFrameworkAuthentication(configuration).AddBotConnector(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BackgroundDelivery>();
        services.AddHostedService(s => s.GetRequiredService<BackgroundDelivery>());
        services.AddSingleton<CloudAdapter>();
        return services;
    }

    /// <summary>The guide's content from cards/ (Knowledge:CardsPath), loaded and validated at startup.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Guide>(s => Knowledge.Loading.GuideLoader.Load(s.GetRequiredService<Microsoft.Extensions.Options.IOptions<KnowledgeOptions>>().Value.ResolvedCardsPath));
        services.AddHostedService<KnowledgeWarmup>();
        return services;
    }

    /// <summary>The guide bot itself and what it says when a turn fails.</summary>
    public static IServiceCollection AddGuideBot(this IServiceCollection services)
    {
        services.AddSingleton<GuideNavigator>();
        services.AddSingleton<RootDialog>();
        services.AddSingleton<MenuHandlers>();
        services.AddSingleton<BrowseHandlers>();
        services.AddSingleton<GuideRunner>();
        services.AddSingleton<IBot, GuideBot>();
        services.AddSingleton<ITurnErrorHandler, ApologyErrorHandler>();
        return services;
    }
}
