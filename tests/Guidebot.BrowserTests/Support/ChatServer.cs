using Guidebot.Hosting;
using Guidebot.Testing.Auth;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.BrowserTests.Support;

/// <summary>
/// The real host on a free Kestrel port of the loopback interface (a browser cannot reach TestServer),
/// with memory storage, the chat page on, and throw-away Data Protection keys. Without an app id (so
/// /api/messages takes any request); or, given a fake Entra ID, with an app id whose Teams tab sign-ins it answers.
/// </summary>
public sealed class ChatServer : WebApplicationFactory<Program>
{
    public ChatServer(FakeEntraId? entra = null)
    {
        Entra = entra;
        UseKestrel(0);
    }

    /// <summary>Issues the access tokens the Teams stand-in hands the tab page; null for a server without an app id.</summary>
    public FakeEntraId? Entra { get; }

    /// <summary>Where the browser finds the page, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string BaseUrl
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return addresses.First();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Entra is null ? WithoutAppId : WithAppId));
        builder.ConfigureServices(services =>
        {
            services.AddDataProtection().UseEphemeralDataProtectionProvider();
            if (Entra is { } entra)
            {
                services.AddHttpClient(TeamsTabAuthenticator.MetadataClientName).ConfigurePrimaryHttpMessageHandler(() => entra);
            }
        });
    }

    private static Dictionary<string, string?> WithoutAppId => new()
    {
        ["Storage:Provider"] = "Memory",
        ["DevChat:Enabled"] = "true",
        ["BotFramework:AllowUnauthenticated"] = "true",
        ["Feedback:Salt"] = "test-salt",
    };

    private static Dictionary<string, string?> WithAppId => new(WithoutAppId)
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = FakeEntraId.AppId,
        ["MicrosoftAppPassword"] = "secret",
        ["MicrosoftAppTenantId"] = FakeEntraId.TenantId,
        ["TeamsTab:OpenIdMetadataUrl"] = FakeEntraId.MetadataUrl,
    };
}
