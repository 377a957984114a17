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
/// with memory storage, the chat page on, and throw-away Data Protection keys.
/// </summary>
public sealed class ChatServer : WebApplicationFactory<Program>
{
    public ChatServer() => UseKestrel(0);

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
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["DevChat:Enabled"] = "true",
            ["BotFramework:AllowUnauthenticated"] = "true",
            ["Feedback:Salt"] = "test-salt",
        }));
        builder.ConfigureServices(services => services.AddDataProtection().UseEphemeralDataProtectionProvider());
    }
}
