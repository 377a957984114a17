using Guidebot.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Guidebot.BrowserTests.Chat;

/// <summary>The step-up checklist in the browser: toggles ticked on the card, saved with Gem, summed up.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class StepUpChecklistTests(BrowserFixture browser)
{
    [Fact]
    public async Task Checklist_ThreeTicksSaved_SummaryCountsThem()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        await chat.SendAsync("step-up");
        await chat.ClickAsync("Helbredsmæssige barrierer");
        var checklist = chat.LastReply;
        await Expect(checklist).ToContainTextAsync("0 af 19 klaret");

        var toggles = checklist.GetByRole(AriaRole.Checkbox);
        await Expect(toggles).ToHaveCountAsync(19);
        foreach (var index in new[] { 0, 4, 9 })
        {
            await toggles.Nth(index).CheckAsync();
        }

        await chat.ClickAsync("Gem");

        var summary = chat.Replies.Filter(new() { HasText = "Step-up-tjekliste: helbred – status" });
        await Expect(summary).ToHaveCountAsync(1);
        await Expect(summary).ToContainTextAsync("3 af 19 klaret");
        await chat.ScreenshotAsync("stepup-summary.png", summary);

        await chat.ClickAsync("Ret fluebenene");
        await Expect(chat.LastReply.GetByRole(AriaRole.Checkbox, new() { Checked = true })).ToHaveCountAsync(3);
    }
}
