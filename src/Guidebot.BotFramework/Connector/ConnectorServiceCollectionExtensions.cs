using Guidebot.BotFramework.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Guidebot.BotFramework.Connector;

/// <summary>Registers the outbound Bot Connector client.</summary>
public static class ConnectorServiceCollectionExtensions
{
    internal const int MaxAttempts = 3;
    internal static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    internal static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Binds and validates <see cref="BotFrameworkOptions"/> and registers <see cref="ConnectorClient"/> (singleton) over a named,
    /// pooled <see cref="HttpClient"/> that retries 408, 429, 5xx and connection failures at most 3 attempts in all, honouring
    /// <c>Retry-After</c>, within 30 seconds; plus MSAL-backed <see cref="IAppCredentials"/>. The pipeline takes its clock from a
    /// registered <see cref="TimeProvider"/>, if any.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddBotFrameworkOptions(configuration);
        services.AddHttpClient(MicrosoftAppCredentials.HttpClientName);
        services.TryAddSingleton<IAppCredentials, MicrosoftAppCredentials>();
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .AddResilienceHandler("bot-connector", ConfigureResilience);
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<IConnectorClient>(s => s.GetRequiredService<ConnectorClient>());
        return services;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        if (context.ServiceProvider.GetService<TimeProvider>() is { } timeProvider)
        {
            builder.TimeProvider = timeProvider;
        }

        builder
            .AddTimeout(TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = TimeSpan.FromSeconds(5),
                ShouldRetryAfterHeader = true,
            })
            .AddTimeout(AttemptTimeout);
    }
}
