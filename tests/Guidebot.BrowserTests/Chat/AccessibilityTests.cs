using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Guidebot.BrowserTests.Support;

namespace Guidebot.BrowserTests.Chat;

/// <summary>axe-core scans of the page with the bot's cards in it: no serious or critical violations.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // Only the violations come back: the passes would be most of the (slow) result.
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    [Fact]
    public async Task Axe_WelcomeCard_NoSeriousOrCriticalViolations()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();

        AssertNoBlockingViolations(await chat.Page.RunAxe(ViolationsOnly));
    }

    [Fact]
    public async Task Axe_AreaAndItemCards_NoSeriousOrCriticalViolations()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        await chat.ClickAsync("Det praksisfaglige råderum");
        await chat.ClickAsync("Sæt den rigtige dagsorden fra start");

        AssertNoBlockingViolations(await chat.Page.RunAxe(ViolationsOnly));
    }

    private static void AssertNoBlockingViolations(AxeResult result)
    {
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, string.Join(Environment.NewLine, blocking.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
    }
}
