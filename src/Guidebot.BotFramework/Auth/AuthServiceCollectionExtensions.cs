using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Guidebot.BotFramework.Auth;

/// <summary>Registers inbound Bot Framework authentication.</summary>
public static class AuthServiceCollectionExtensions
{
    internal const string MetadataClientName = "Guidebot.BotFramework.OpenIdMetadata";

    // IdentityModel 8 refreshes metadata in the background by default, so a retry right after RequestRefresh would
    // still see the old keys. Blocking refresh fetches them for the request that met the unknown key; RequestRefresh
    // stays throttled by RefreshInterval (5 minutes), so forged key ids cannot make us hammer the metadata endpoint.
    private const string BlockingRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    /// <summary>
    /// Binds and validates <see cref="BotFrameworkOptions"/> (at startup) and registers <see cref="BotFrameworkAuthenticator"/>
    /// with a cached copy of the channel's OpenID metadata. Turns on IdentityModel's process-wide blocking metadata
    /// refresh (<c>Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking</c>) so a rotated key is picked up on the request that uses it.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddBotFrameworkOptions(configuration);
        AppContext.SetSwitch(BlockingRefreshSwitch, isEnabled: true);

        // One long-lived client for the metadata: the configuration manager keeps it, so connections are recycled instead.
        services.AddHttpClient(MetadataClientName)
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(15))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddKeyedSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(
            BotFrameworkAuthenticator.MetadataServiceKey,
            (provider, _) => new ConfigurationManager<OpenIdConnectConfiguration>(
                provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.OpenIdMetadataUrl,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(provider.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataClientName))));
        services.TryAddSingleton<BotFrameworkAuthenticator>();
        return services;
    }

    /// <summary>Binds the top-level Bot Framework keys and <c>BotFramework:OpenIdMetadataUrl</c>; safe to call twice.</summary>
    internal static void AddBotFrameworkOptions(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IValidateOptions<BotFrameworkOptions>)))
        {
            return;
        }

        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration)
            .Configure(options =>
            {
                var metadataUrl = configuration[$"{BotFrameworkOptions.SectionName}:{nameof(BotFrameworkOptions.OpenIdMetadataUrl)}"];
                if (!string.IsNullOrWhiteSpace(metadataUrl))
                {
                    options.OpenIdMetadataUrl = metadataUrl;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
    }
}
