using Guidebot.BotFramework.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Guidebot.Hosting;

/// <summary>Registers what the Teams tab needs: its options, its sign-in with Entra ID's cached OpenID metadata, and the conversation tokens.</summary>
internal static class TeamsTabServiceCollectionExtensions
{
    /// <summary>The Teams tab (TeamsTab:…); its page and endpoints are mapped by <see cref="TeamsTabEndpoints.MapTeamsTab"/>.</summary>
    public static IServiceCollection AddTeamsTab(this IServiceCollection services)
    {
        services.AddOptions<TeamsTabOptions>().BindConfiguration(TeamsTabOptions.SectionName)
            .Validate(options => IsAbsolute(options.ApplicationIdUri), "TeamsTab:ApplicationIdUri must be an absolute URI such as api://guidebot.example.dk/<app id>.")
            .Validate(options => IsAbsolute(options.OpenIdMetadataUrl, Uri.UriSchemeHttps), "TeamsTab:OpenIdMetadataUrl must be an absolute https URL.")
            .ValidateOnStart();
        services.TryAddSingleton<ChatTokens>();

        // One long-lived client for the metadata: the configuration manager keeps it, so connections are recycled instead.
        services.AddHttpClient(TeamsTabAuthenticator.MetadataClientName)
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(15))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddKeyedSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(
            TeamsTabAuthenticator.MetadataServiceKey,
            (provider, _) => new ConfigurationManager<OpenIdConnectConfiguration>(
                MetadataUrl(provider),
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(provider.GetRequiredService<IHttpClientFactory>().CreateClient(TeamsTabAuthenticator.MetadataClientName))));
        services.AddSingleton<TeamsTabAuthenticator>();
        return services;
    }

    private static string MetadataUrl(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IOptions<TeamsTabOptions>>().Value.OpenIdMetadataUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? TeamsTabOptions.DefaultOpenIdMetadataUrl(provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MicrosoftAppTenantId)
            : configured;
    }

    private static bool IsAbsolute(string? value, string? scheme = null) =>
        string.IsNullOrWhiteSpace(value) || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (scheme is null || uri.Scheme == scheme));
}
