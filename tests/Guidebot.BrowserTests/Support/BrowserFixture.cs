using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.BrowserTests.Support;

/// <summary>
/// One bot server and one headless Debian Chromium for every browser test; each test gets a fresh
/// browser context (its own localStorage and sessionStorage), so each starts as a new user. The tests that
/// stand in for Teams get a second server, with an app id whose tab sign-ins a fake Entra ID answers.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Debian's Chromium (apt-get install chromium; ./test.sh installs it). Playwright's own browser download is not used.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly ChatServer _server = new();
    private readonly Lazy<ChatServer> _teamsServer = new(() => new ChatServer(new FakeEntraId()));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the Teams stand-in's tab pages are served from.</summary>
    public string TeamsBaseUrl => _teamsServer.Value.BaseUrl;

    /// <summary>Screenshots land here, beside the test assembly.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests need Debian's Chromium at {ChromiumPath}: apt-get install -y chromium (./test.sh does it).");
        }

        // Waits end as soon as the page is ready; the limits only bound a failing test on a busy CI machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        BaseUrl = _server.BaseUrl;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>The guide the server loaded, to name every item.</summary>
    public Guide Guide => _server.Services.GetRequiredService<Guide>();

    /// <summary>The tools the server loaded, to name every checklist.</summary>
    public Toolbox Tools => _server.Services.GetRequiredService<Toolbox>();

    /// <summary>
    /// A new browser context, as a new user would have, with the chat page not yet opened; <paramref name="width"/>
    /// and <paramref name="height"/> in CSS pixels (the Teams meeting side panel is 320 px wide).
    /// </summary>
    public Task<ChatPage> NewChatAsync(int width = 900, int height = 1000) => NewPageAsync(BaseUrl, width, height);

    /// <summary>
    /// A new browser context inside a stand-in for Teams (<see cref="TeamsHost"/>) with the given theme, handing the tab
    /// page <paramref name="accessToken"/> as its SSO token; the tab page is not yet opened.
    /// </summary>
    public async Task<ChatPage> NewTeamsTabAsync(string theme, string accessToken, int width, int height)
    {
        var chat = await NewPageAsync(TeamsBaseUrl, width, height);
        await TeamsHost.InstallAsync(chat.Page, theme, accessToken);
        return chat;
    }

    /// <summary>An Entra ID access token for the tab, as Teams tab SSO hands it to the page.</summary>
    public string IssueTabToken() => _teamsServer.Value.Entra!.Issue();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
    }

    public void Dispose()
    {
        _playwright?.Dispose();
        _server.Dispose();
        if (_teamsServer.IsValueCreated)
        {
            _teamsServer.Value.Dispose();
        }
    }

    private async Task<ChatPage> NewPageAsync(string baseUrl, int width, int height)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = baseUrl,
            Locale = "da-DK",
            ViewportSize = new() { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);

        // The Teams JavaScript library asks Microsoft's CDN for its list of Teams origins: answer it here, so the
        // tests reach nothing outside this machine.
        await context.RouteAsync("https://res.cdn.office.net/**", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "application/json",
            Body = """{"validOrigins":["teams.microsoft.com"]}""",
        }));
        return new ChatPage(context, await context.NewPageAsync());
    }
}

/// <summary>The browser tests share one server and one browser, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
