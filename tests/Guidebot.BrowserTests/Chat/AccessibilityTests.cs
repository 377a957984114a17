using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Guidebot.BrowserTests.Support;
using Xunit.Abstractions;

namespace Guidebot.BrowserTests.Chat;

/// <summary>axe-core scans of the page with the bot's cards in it: no serious or critical violations.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
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
    public async Task Axe_AreaItemAndAnswerCards_NoSeriousOrCriticalViolations()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        await chat.ClickAsync("Det praksisfaglige råderum");
        await chat.ClickAsync("Sæt den rigtige dagsorden fra start");
        await chat.SendAsync("borgeren gør modstand");

        AssertNoBlockingViolations(await chat.Page.RunAxe(ViolationsOnly));
    }

    [Fact]
    public async Task Axe_StepUpChecklistWithToggles_NoSeriousOrCriticalViolations()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        await chat.SendAsync("step-up");
        await chat.ClickAsync("Familierelaterede barrierer");

        AssertNoBlockingViolations(await chat.Page.RunAxe(ViolationsOnly));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task Axe_TeamsTabAt320pxInEachTeamsTheme_NoSeriousOrCriticalViolations(string theme)
    {
        await using var chat = await browser.NewTeamsTabAsync(theme, browser.IssueTabToken(), width: 320, height: 640);
        await chat.OpenAsync("/tab.html");
        await chat.ClickAsync("Det praksisfaglige råderum");
        await chat.ClickAsync("Sæt den rigtige dagsorden fra start");

        AssertNoBlockingViolations(await chat.Page.RunAxe(ViolationsOnly));
    }

    // Moderate and minor findings are reported in the test output, not failed on.
    private void AssertNoBlockingViolations(AxeResult result)
    {
        foreach (var violation in result.Violations.Where(v => !Blocking.Contains(v.Impact)))
        {
            output.WriteLine(Describe(violation));
        }

        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, string.Join(Environment.NewLine, blocking.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id}: {violation.Help} — {string.Join(" | ", violation.Nodes.Select(n => string.Join(" ", n.Target)))}";
}
