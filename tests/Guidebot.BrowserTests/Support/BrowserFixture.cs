using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>The guide the server loaded, to name every item.</summary>
    public Guide Guide => _server.Services.GetRequiredService<Guide>();

    /// <summary>The tools the server loaded, to name every checklist.</summary>
    public Toolbox Tools => _server.Services.GetRequiredService<Toolbox>();

    /// <summary>A new browser context, as a new user would have, with the chat page not yet opened; <paramref name="width"/> in CSS pixels.</summary>
    public async Task<ChatPage> NewChatAsync(int width = 900)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = "da-DK",
            ViewportSize = new() { Width = width, Height = 1000 },
        });
        context.SetDefaultTimeout(15_000);
        return new ChatPage(context, await context.NewPageAsync());
    }

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
