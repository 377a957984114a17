using Guidebot.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Guidebot.BrowserTests.Chat;

/// <summary>Onboarding in the browser: a module's quiz taken, and the progress kept for the user in a new conversation.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class OnboardingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Quiz_AllRightThenNewConversation_ProgressFollowsTheUser()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        await chat.ClickAsync("Onboarding for nye konsulenter");
        await Expect(chat.LastReply).ToContainTextAsync("0 af 11 moduler gennemført");
        await chat.ClickAsync("Flere skal med og step-up");
        await chat.ClickAsync("Gå til quizzen");

        await chat.ClickAsync("Ugentligt");
        await Expect(chat.LastReply).ToContainTextAsync("Rigtigt!");
        await chat.ClickAsync("Næste spørgsmål");
        await chat.ClickAsync("Når det rette match trækker ud pga. særlige helbredsmæssige eller familierelaterede barrierer for job");
        await Expect(chat.LastReply).ToContainTextAsync("Rigtigt!");
        await chat.ClickAsync("Næste spørgsmål");
        await chat.ClickAsync("Gennem 1-2 tværfaglige samtaler, hvor borgeren selv deltager");
        await chat.ClickAsync("Se resultat");
        await Expect(chat.LastReply).ToContainTextAsync("Du svarede rigtigt på 3 af 3 spørgsmål.");

        // A new conversation of the same browser is the same user (the user token in localStorage).
        await chat.Page.RunAndWaitForResponseAsync(
            () => chat.Page.GetByRole(AriaRole.Button, new() { Name = "Ny samtale" }).ClickAsync(),
            response => response.Url.EndsWith("/devchat/conversations", StringComparison.Ordinal));
        await Expect(chat.Replies).ToHaveCountAsync(1);
        await chat.SendAsync("onboarding");
        await Expect(chat.LastReply).ToContainTextAsync("1 af 11 moduler gennemført");
    }
}
