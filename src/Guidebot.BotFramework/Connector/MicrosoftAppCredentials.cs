using Guidebot.BotFramework.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Guidebot.BotFramework.Connector;

/// <summary>
/// Client-credentials tokens from Entra ID through MSAL (which caches them): scope <c>https://api.botframework.com/.default</c>,
/// authority <c>https://login.microsoftonline.com/botframework.com</c> for a multi-tenant bot, or the bot's own tenant.
/// </summary>
internal sealed class MicrosoftAppCredentials : IAppCredentials
{
    public const string OAuthScope = "https://api.botframework.com/.default";
    public const string HttpClientName = "Guidebot.BotFramework.Msal";
    private const string LoginEndpoint = "https://login.microsoftonline.com/";
    private const string MultiTenantAuthority = LoginEndpoint + "botframework.com";

    private readonly IConfidentialClientApplication? _application;

    public MicrosoftAppCredentials(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory)
    {
        var settings = options.Value;
        if (settings.HasAppId)
        {
            _application = ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId)
                .WithClientSecret(settings.MicrosoftAppPassword)
                .WithAuthority(settings.IsSingleTenant ? LoginEndpoint + settings.MicrosoftAppTenantId : MultiTenantAuthority)
                .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
                .Build();
        }
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_application is null)
        {
            throw new InvalidOperationException("No MicrosoftAppId is configured, so there are no credentials to get a token with.");
        }

        var result = await _application.AcquireTokenForClient([OAuthScope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    /// <summary>Gives MSAL the pooled client from <see cref="IHttpClientFactory"/>.</summary>
    private sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
