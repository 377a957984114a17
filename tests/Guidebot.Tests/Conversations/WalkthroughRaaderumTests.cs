using System.Text.Json;
using Guidebot.Features.Walkthroughs;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

public sealed class WalkthroughRaaderumTests
{
    private readonly TestAdapter _adapter = GuideTestAdapter.Create();

    private Guide Guide => _adapter.Services.GetRequiredService<Guide>();

    private Walkthrough Walk => _adapter.Services.GetRequiredService<Toolbox>().FindWalkthrough("raaderum")!;

    private string IntroProgress => Walk.FirstPage.Progress;

    private string StartButton => Walk.FirstPage.Choices[0].Title;

    private Item Guideline(int number) => Guide.FindItem($"raaderum-{number}")!;

    [Fact]
    public async Task Raaderum_NextFromTheAreaTool_ShowsGuidelines1To10InOrderThenTheClosingSentence()
    {
        var flow = new TestFlow(_adapter)
            .Send("hej")
            .AssertReply(BotTexts.AreasHeading)
            .Click(Guide.FindArea("raaderum")!.Title)
            .AssertReply(Walk.Title)
            .Click(Walk.Title)
            .AssertReply(Guide.FindItem("raaderum-intro")!.Title)
            .Click(StartButton);
        for (var number = 1; number <= 10; number++)
        {
            var guideline = Guideline(number);
            var expected = $"{number}/10";
            flow = flow
                .AssertReply(reply =>
                {
                    var text = reply.AllText();
                    Assert.Contains(expected, text, StringComparison.Ordinal);
                    Assert.Contains(guideline.Title, text, StringComparison.Ordinal);
                    Assert.Contains(((Paragraph)guideline.Body[0]).Text, text, StringComparison.Ordinal);
                    Assert.Contains(BotTexts.Source(guideline.Source.ToString()), text, StringComparison.Ordinal);
                })
                .Click(BotTexts.NextButton);
        }

        await flow
            .AssertReply(reply =>
            {
                Assert.Contains(((Paragraph)Guide.FindItem("raaderum-afslutning")!.Body[0]).Text, reply.AllText(), StringComparison.Ordinal);
                Assert.Equal(
                    [.. Walk.Pages[^1].Choices.Select(c => c.Title), WalkthroughTexts.ToAreaButton(Guide.FindArea("raaderum")!.Title), BotTexts.MenuButton],
                    reply.SubmitButtons().Select(b => b.Title));
            })
            .Click(Walk.Pages[^1].Choices[^1].Title)
            .AssertReply(IntroProgress)
            .StartTestAsync();
    }

    [Fact]
    public async Task Raaderum_PreviousAtTheFirstGuideline_GoesBackToTheIntro()
    {
        await new TestFlow(_adapter)
            .Send("råderum")
            .AssertReply(IntroProgress)
            .Click(StartButton)
            .AssertReply(reply => Assert.Equal([BotTexts.PreviousButton, BotTexts.NextButton, BotTexts.BackButton, BotTexts.MenuButton], reply.SubmitButtons().Select(b => b.Title)))
            .Click(BotTexts.PreviousButton)
            .AssertReply(reply =>
            {
                Assert.Contains(IntroProgress, reply.AllText(), StringComparison.Ordinal);
                Assert.DoesNotContain(reply.SubmitButtons(), b => b.Title == BotTexts.PreviousButton);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Raaderum_TypedCommandsAndWays_WalkLikeClicks()
    {
        await new TestFlow(_adapter)
            .Send("Raaderum")
            .AssertReply(IntroProgress)
            .Send("næste")
            .AssertReply(Guideline(1).Title)
            .Send("videre")
            .AssertReply(Guideline(2).Title)
            .Send("forrige")
            .AssertReply(Guideline(1).Title)
            .StartTestAsync();
    }

    [Fact]
    public async Task Raaderum_HelpMidWay_ShowsHelpThenTheSameGuidelineAndKeepsThePosition()
    {
        await new TestFlow(_adapter)
            .Send("råderum")
            .AssertReply(IntroProgress)
            .Click(StartButton)
            .AssertReply(Guideline(1).Title)
            .Click(BotTexts.NextButton)
            .AssertReply(Guideline(2).Title)
            .Send("hjælp")
            .AssertReply(BotTexts.HelpTitle)
            .AssertReply(Walk.FindPage("2")!.Progress)
            .Send("næste")
            .AssertReply(Guideline(3).Title)
            .StartTestAsync();
    }

    [Fact]
    public async Task Raaderum_BackMidWay_LeavesTheWalkthroughForTheAreaItStartedFrom()
    {
        await new TestFlow(_adapter)
            .Send("menu")
            .AssertReply(BotTexts.AreasHeading)
            .Click(Guide.FindArea("raaderum")!.Title)
            .AssertReply(Walk.Title)
            .Click(Walk.Title)
            .AssertReply(IntroProgress)
            .Click(StartButton)
            .AssertReply(Guideline(1).Title)
            .Click(BotTexts.BackButton)
            .AssertReply(reply => Assert.Contains(Walk.Title, reply.SubmitButtons().Select(b => b.Title)))
            .Send("næste")
            .AssertReply(reply => Assert.DoesNotContain(Guideline(2).Title, reply.AllText(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Raaderum_UnclearAnswer_SaysSoAndShowsTheSameGuidelineAgain()
    {
        await new TestFlow(_adapter)
            .Send("råderum")
            .AssertReply(IntroProgress)
            .Send("næste")
            .AssertReply(Guideline(1).Title)
            .Send("hvad med frokost")
            .AssertReply(reply =>
            {
                Assert.Contains(WalkthroughTexts.NotUnderstood, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(Guideline(1).Title, reply.AllText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task OldCard_ClickedAfterTheWalkthroughWasLeft_ShowsThePageItsButtonNames()
    {
        SubmitButton? oldNext = null;
        await new TestFlow(_adapter)
            .Send("råderum")
            .AssertReply(IntroProgress)
            .Send("næste")
            .AssertReply(reply => oldNext = reply.SubmitButtons().Single(b => b.Title == BotTexts.NextButton))
            .Send("menu")
            .AssertReply(BotTexts.AreasHeading)
            .StartTestAsync();

        var replies = await _adapter.ProcessAsync(TestActivities.Click(oldNext!.ClickValue()));

        Assert.Contains(Guideline(2).Title, Assert.Single(replies).AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"verb":"walk","walk":"removed-walkthrough"}""", false)]
    [InlineData("""{"verb":"walk","walk":"raaderum","page":"99"}""", true)]
    [InlineData("""{"verb":"walk"}""", false)]
    public async Task OldCard_UnknownWalkthroughOrPage_LeadsToTheMenuOrTheFirstPage(string data, bool firstPage)
    {
        var replies = await _adapter.ProcessAsync(TestActivities.Click(JsonDocument.Parse(data).RootElement));

        Assert.Contains(firstPage ? IntroProgress : BotTexts.AreasHeading, Assert.Single(replies).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raaderum_BotRestartedMidWay_ContinuesFromTheSavedGuideline()
    {
        var database = Path.Combine(Path.GetTempPath(), $"guidebot-walk-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = database };

        try
        {
            await RestartedMidWayAsync(settings);
        }
        finally
        {
            File.Delete(database);
        }
    }

    private async Task RestartedMidWayAsync(Dictionary<string, string?> settings)
    {
        await new TestFlow(GuideTestAdapter.Create(settings))
            .Send("råderum")
            .AssertReply(IntroProgress)
            .Click(StartButton)
            .AssertReply(Guideline(1).Title)
            .Click(BotTexts.NextButton)
            .AssertReply(Guideline(2).Title)
            .StartTestAsync();

        await new TestFlow(GuideTestAdapter.Create(settings))
            .Send("hjælp")
            .AssertReply(BotTexts.HelpTitle)
            .AssertReply(Walk.FindPage("2")!.Progress)
            .Send("næste")
            .AssertReply(Guideline(3).Title)
            .StartTestAsync();
    }
}
