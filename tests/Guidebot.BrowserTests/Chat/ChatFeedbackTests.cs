using Guidebot.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Guidebot.BrowserTests.Chat;

/// <summary>What the page shows while it waits, when the bot fails, and when its renderer was not built.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ChatFeedbackTests(BrowserFixture browser)
{
    [Fact]
    public async Task Typing_WhileTheBotIsAnswering_ShowsTheIndicatorUntilTheReplyIsShown()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        var release = new TaskCompletionSource();
        await chat.Page.RouteAsync("**/devchat/activities", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });

        await chat.MessageBox.FillAsync("hjælp");
        await chat.MessageBox.PressAsync("Enter");
        await Expect(chat.Typing).ToBeVisibleAsync();
        await Expect(chat.Typing).ToHaveTextAsync("Guidebot skriver …");

        release.SetResult();
        await Expect(chat.LastReply).ToContainTextAsync("Sådan bruger du Guidebot");
        await Expect(chat.Typing).ToBeHiddenAsync();
    }

    [Fact]
    public async Task BotError_ProblemResponse_IsShownWithItsReason()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        await chat.Page.RouteAsync("**/devchat/activities", route => route.FulfillAsync(new()
        {
            Status = 500,
            ContentType = "application/problem+json",
            Body = """{"title":"An error occurred","status":500,"detail":"Botten er gået i stå."}""",
        }));

        await chat.SendAsync("hej");

        await Expect(chat.Errors).ToHaveCountAsync(1);
        await Expect(chat.Errors).ToHaveAttributeAsync("role", "alert");
        await Expect(chat.Errors).ToContainTextAsync("HTTP 500: Botten er gået i stå.");
    }

    [Fact]
    public async Task BotError_ServerRefusesTheMessage_ShowsTheServersReason()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        // The page never sends more than 2,000 characters; a tampered page that does gets the server's 413.
        await chat.Page.EvalOnSelectorAsync("#message", "box => box.removeAttribute('maxlength')");

        await chat.SendAsync(new string('x', 40_000));

        await Expect(chat.Errors).ToContainTextAsync("HTTP 413: The body is larger than 32 KB.");
    }

    [Fact]
    public async Task RendererMissing_DistFileNotBuilt_PageSaysSoAndDisablesTheBox()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.Page.RouteAsync("**/lib/adaptivecards.min.js", route => route.FulfillAsync(new() { Status = 404 }));

        await chat.Page.GotoAsync("/");

        await Expect(chat.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kortvisningen mangler");
        await Expect(chat.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Installér Node.js 20 eller nyere");
        await Expect(chat.MessageBox).ToBeDisabledAsync();
        await Expect(chat.Replies).ToHaveCountAsync(0);
    }
}
