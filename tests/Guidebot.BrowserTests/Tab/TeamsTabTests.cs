using System.Text.RegularExpressions;
using Guidebot.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Guidebot.BrowserTests.Tab;

/// <summary>
/// The Teams tab page (tab.html) at the 320 px width of a meeting side panel: in a plain browser it runs on the
/// local chat page's endpoints in the light theme; inside (a stand-in for) Teams it signs in with Teams tab SSO and
/// takes Teams' theme.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class TeamsTabTests(BrowserFixture browser)
{
    private const int SidePanelWidth = 320;
    private const int SidePanelHeight = 640;
    private const string TabPath = "/tab.html";

    [Fact]
    public async Task Tab_InABrowserAt320px_WelcomeFitsThePanelInTheLightTheme()
    {
        await using var chat = await browser.NewChatAsync(SidePanelWidth, SidePanelHeight);

        var request = await chat.OpenAsync(TabPath);

        Assert.EndsWith("/devchat/conversations", request.Url, StringComparison.Ordinal);
        await Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        await Expect(chat.LastReply.GetByRole(AriaRole.Heading, new() { Name = "Guidebot" })).ToBeVisibleAsync();
        await Expect(PrivacyNote(chat)).ToBeInViewportAsync();
        Assert.Empty(await LayoutProblemsAsync(chat));
        await chat.ScreenshotAsync("tab-320-welcome.png");
        Assert.Empty(chat.ConsoleErrors);
    }

    [Fact]
    public async Task Tab_ClickThroughToAnItemAt320px_TheItemFitsAndThePrivacyNoteStaysInView()
    {
        await using var chat = await browser.NewChatAsync(SidePanelWidth, SidePanelHeight);
        await chat.OpenAsync(TabPath);

        await chat.ClickAsync("Det praksisfaglige råderum");
        await chat.ClickAsync("Sæt den rigtige dagsorden fra start");

        await Expect(chat.LastReply.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Sæt den rigtige dagsorden fra start");
        await Expect(chat.LastReply).ToContainTextAsync("Kilde:");
        await Expect(PrivacyNote(chat)).ToBeInViewportAsync();
        Assert.Empty(await LayoutProblemsAsync(chat));
        await chat.ScreenshotAsync("tab-320-item.png");
    }

    [Fact]
    public async Task Tab_LongTableItemAt320px_FitsWithoutHorizontalScroll()
    {
        await using var chat = await browser.NewChatAsync(SidePanelWidth, SidePanelHeight);
        await chat.OpenAsync(TabPath);

        await chat.SendAsync("vil I hjælpe Peter");

        await Expect(chat.LastReply).ToContainTextAsync("Hvad kan vi hjælpe jer med?");
        Assert.Empty(await LayoutProblemsAsync(chat));
        await chat.ScreenshotAsync("tab-320-table.png");
    }

    [Fact]
    public async Task Tab_MenuButtonInTheHeader_ShowsTheMenu()
    {
        await using var chat = await browser.NewChatAsync(SidePanelWidth, SidePanelHeight);
        await chat.OpenAsync(TabPath);
        await chat.ClickAsync("Det praksisfaglige råderum");

        await chat.TurnAsync(() => chat.Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync());

        await Expect(chat.LastReply.GetByRole(AriaRole.Heading, new() { Name = "Guidebot" })).ToBeVisibleAsync();
        await Expect(ChatPage.Button(chat.LastReply, "Skånehensyn, CV og mål")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Tab_InTeamsWithTheDarkTheme_SignsInWithSsoAndShowsTheCardsDark()
    {
        var token = browser.IssueTabToken();
        await using var chat = await browser.NewTeamsTabAsync("dark", token, SidePanelWidth, SidePanelHeight);

        var start = await chat.OpenAsync(TabPath);
        await chat.ClickAsync("Det praksisfaglige råderum");

        Assert.EndsWith("/tab/conversations", start.Url, StringComparison.Ordinal);
        Assert.Equal($"Bearer {token}", await start.HeaderValueAsync("authorization"));
        await Expect(chat.LastReply).ToContainTextAsync("De 10 guidelines");
        await Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        var card = chat.LastReply.Locator(".ac-adaptiveCard");
        await Expect(card).ToHaveCSSAsync("background-color", "rgb(41, 41, 41)");
        await Expect(card.GetByRole(AriaRole.Heading).First).ToHaveCSSAsync("color", "rgb(255, 255, 255)");
        Assert.Empty(await LayoutProblemsAsync(chat));
        await chat.ScreenshotAsync("tab-320-dark.png");

        await TeamsHost.ChangeThemeAsync(chat.Page, "contrast");

        await Expect(chat.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "contrast");
        await Expect(card).ToHaveCSSAsync("background-color", "rgb(0, 0, 0)");
        await Expect(chat.Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Heading)).ToHaveCSSAsync("color", "rgb(255, 255, 255)");
        await chat.ScreenshotAsync("tab-320-contrast.png");
        Assert.Empty(chat.ConsoleErrors);
    }

    [Fact]
    public async Task TabConfig_InTeams_IsValidAtOnceAndSavesTheGuideTab()
    {
        await using var chat = await browser.NewTeamsTabAsync("default", browser.IssueTabToken(), SidePanelWidth, SidePanelHeight);
        await chat.Page.GotoAsync("/tab-config.html");
        await Expect(chat.Page.GetByRole(AriaRole.Heading, new() { Name = "Guidebot i mødet" })).ToBeVisibleAsync();
        await chat.Page.WaitForFunctionAsync("() => window.teamsHost.calls.includes('setValidityState:true')");

        var outcome = await TeamsHost.SaveAsync(chat.Page);

        Assert.Equal("success", outcome);
        Assert.Equal($"{browser.TeamsBaseUrl}/tab.html", await chat.Page.EvaluateAsync<string>("() => window.teamsHost.config.contentUrl"));
        Assert.Equal("Guidebot", await chat.Page.EvaluateAsync<string>("() => window.teamsHost.config.suggestedDisplayName"));
        await Expect(chat.Page.GetByText("bruges af Microsoft Teams")).ToBeHiddenAsync();
    }

    private static ILocator PrivacyNote(ChatPage chat) =>
        chat.Page.GetByRole(AriaRole.Note).Filter(new() { HasTextRegex = new Regex("Skriv aldrig.*CPR-numre") });

    // What would make a reader scroll sideways or miss text: the page taller than the panel (then the header and the
    // privacy reminder scroll away) or it or the message list wider than the panel,
    // anything in a card reaching past the card's edges, and a button whose title is cut off.
    private static Task<string[]> LayoutProblemsAsync(ChatPage chat) => chat.Page.EvaluateAsync<string[]>("""
        () => {
          const problems = [];
          const wider = (element, name) => {
            if (element.scrollWidth > element.clientWidth) problems.push(`${name} is ${element.scrollWidth} px wide in ${element.clientWidth} px`);
          };
          wider(document.documentElement, 'the page');
          if (document.documentElement.scrollHeight > document.documentElement.clientHeight) {
            problems.push('the page scrolls as a whole, so the header and the privacy note can leave the panel');
          }
          wider(document.querySelector('.chat'), 'the message list');
          for (const card of document.querySelectorAll('#messages .card')) {
            const frame = card.getBoundingClientRect();
            for (const element of card.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              if (box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1)) {
                problems.push(`${element.className || element.tagName} "${element.textContent.trim().slice(0, 40)}" reaches ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(frame.left)}–${Math.round(frame.right)}`);
              }
            }
            for (const button of card.querySelectorAll('.ac-pushButton')) {
              if (button.scrollWidth > button.clientWidth + 1) problems.push(`the button "${button.textContent.trim()}" is cut off`);
            }
          }
          return problems;
        }
        """);
}
