using static Microsoft.Playwright.Assertions;

namespace Guidebot.BrowserTests.Support;

/// <summary>The chat page in one browser context, read and driven as a user would: the replies, the box, the card buttons.</summary>
public sealed class ChatPage : IAsyncDisposable
{
    // The local chat page posts to /devchat/…, the Teams tab signed in to /tab/…: the same two kinds of request.
    private const string ActivitiesPath = "/activities";
    private const string ConversationsPath = "/conversations";

    private readonly List<string> _consoleErrors = [];

    public ChatPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Errors the page logged: script errors, blocked resources, Content-Security-Policy violations.</summary>
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    public ILocator Replies => Page.Locator("#messages > .from-bot");

    public ILocator LastReply => Replies.Last;

    public ILocator Errors => Page.Locator("#messages > .from-error");

    public ILocator Typing => Page.Locator("#typing");

    public ILocator MessageBox => Page.GetByRole(AriaRole.Textbox, new() { Name = "Besked til Guidebot" });

    /// <summary>Opens the page (the local chat page unless told) and waits until the bot's greeting is shown.</summary>
    public async Task<IRequest> OpenAsync(string path = "/")
    {
        var response = await Page.RunAndWaitForResponseAsync(() => Page.GotoAsync(path), response => response.Url.EndsWith(ConversationsPath, StringComparison.Ordinal));
        await Expect(Typing).ToBeHiddenAsync();
        return response.Request;
    }

    /// <summary>Reloads the page in the same tab (sessionStorage, and so the conversation, stays).</summary>
    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await Expect(Page.GetByText("Samtalen fortsætter")).ToBeVisibleAsync();
    }

    /// <summary>Types into the message box, sends, and waits until the bot's answer is shown.</summary>
    public Task SendAsync(string text) => TurnAsync(async () =>
    {
        await MessageBox.FillAsync(text);
        await MessageBox.PressAsync("Enter");
    });

    /// <summary>Clicks a button of the latest reply and waits until the bot's answer is shown.</summary>
    public Task ClickAsync(string title) => TurnAsync(() => Button(LastReply, title).ClickAsync());

    public static ILocator Button(ILocator scope, string title) =>
        scope.GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    public async Task<IRequest> TurnAsync(Func<Task> action)
    {
        var response = await Page.RunAndWaitForResponseAsync(action, response => response.Url.EndsWith(ActivitiesPath, StringComparison.Ordinal));
        await Expect(Typing).ToBeHiddenAsync();
        return response.Request;
    }

    /// <summary>Saves the whole page, or one element of it, under the test output's screenshots folder.</summary>
    public async Task ScreenshotAsync(string name, ILocator? element = null)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name);
        await (element is null
            ? Page.ScreenshotAsync(new() { Path = path, FullPage = true })
            : element.ScreenshotAsync(new() { Path = path }));
    }

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}
