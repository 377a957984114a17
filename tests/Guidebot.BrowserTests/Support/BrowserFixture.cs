namespace Guidebot.BrowserTests.Support;

/// <summary>
/// One bot server and one headless Debian Chromium for every browser test; each test gets a fresh
/// browser context (its own localStorage and sessionStorage), so each starts as a new user.
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
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

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

    /// <summary>
    /// A new browser context, as a new user would have, with the chat page not yet opened; 900 px wide unless
    /// a test says otherwise (the Teams meeting side panel is 320 px).
    /// </summary>
    public async Task<ChatPage> NewChatAsync(int width = 900, int height = 1000)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
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

    /// <summary>An Entra ID access token for the tab, as Teams tab SSO hands it to the page.</summary>
    public string IssueTabToken() => _server.Entra.Issue();

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
    }
}

/// <summary>The browser tests share one server and one browser, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
