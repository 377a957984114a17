using Guidebot.Features.Walkthroughs;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>The conversation scripts of cards/tools/ (forventningsafstemning with a citizen and with an employer, motivation), clicked and typed.</summary>
public sealed class WalkthroughScriptTests
{
    private readonly TestAdapter _adapter = GuideTestAdapter.Create();

    private Guide Guide => _adapter.Services.GetRequiredService<Guide>();

    private Toolbox Tools => _adapter.Services.GetRequiredService<Toolbox>();

    [Fact]
    public async Task Expectations_FromTheMotivationArea_ShowsThePremisesThenTheFiveTipsInOrderThenTheSummary()
    {
        var walk = Tools.FindWalkthrough("forventning")!;
        var tips = Guide.FindItem("motivation-samtaletips")!.Body.OfType<NumberedList>().Single().Texts;
        var flow = StartFromMotivationArea(walk.Title)
            .AssertReply(Guide.FindItem("motivation-forudsaetninger")!.Title)
            .Click(walk.FirstPage.Choices[0].Title);
        for (var number = 1; number <= tips.Count; number++)
        {
            var tip = tips[number - 1];
            var step = walk.Pages[number].Title;
            flow = flow
                .AssertReply(reply =>
                {
                    Assert.Contains(step, reply.AllText(), StringComparison.Ordinal);
                    Assert.Contains(tip, reply.AllText(), StringComparison.Ordinal);
                })
                .Click(BotTexts.NextButton);
        }

        await flow
            .AssertReply(reply =>
            {
                Assert.Contains(walk.Pages[^1].Title, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(Guide.FindItem("raaderum-10")!.Title, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(BotTexts.MenuButton, reply.SubmitButtons().Select(b => b.Title));
            })
            .Click(BotTexts.PreviousButton)
            .AssertReply(tips[^1])
            .StartTestAsync();
    }

    [Fact]
    public async Task EmployerExpectations_Next_ShowsTheEmployerItemsInSourceOrderThenTheSummary()
    {
        var walk = Tools.FindWalkthrough("forventning-virksomhed")!;
        var flow = StartFromMotivationArea(walk.Title);
        foreach (var page in walk.Pages.SkipLast(1))
        {
            var item = page.Sections[0].Parts[0].Item;
            flow = flow
                .AssertReply(reply =>
                {
                    Assert.Contains(page.Progress, reply.AllText(), StringComparison.Ordinal);
                    Assert.Contains(item.Title, reply.AllText(), StringComparison.Ordinal);
                    Assert.Contains(BotTexts.Source(item.Source.ToString()), reply.AllText(), StringComparison.Ordinal);
                })
                .Click(BotTexts.NextButton);
        }

        await flow
            .AssertReply(reply =>
            {
                Assert.Contains(walk.Pages[^1].Title, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(Guide.FindItem("praktik-guide-opstart")!.Title, reply.AllText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Motivation_EachObservation_ShowsTheSourcesReasonAResponseMarkedAsTheBotsPairingAndPaidHoursPoints(int observation)
    {
        var walk = Tools.FindWalkthrough("motivation")!;
        var observe = walk.FirstPage;
        var page = walk.FindPage(observe.Choices[observation].Page)!;
        var reasons = Guide.FindItem("motivation-modstand")!;
        var reasonTexts = reasons.Body.OfType<BulletList>().Single().Texts.Append(reasons.Body.OfType<Paragraph>().First().Text).ToList();
        var paidHours = Guide.FindItem("motivation-loennede-timer")!.Body.OfType<BulletList>().Single().Texts;

        await StartFromMotivationArea(walk.Title)
            .AssertReply(reply => Assert.Equal(observe.Choices.Select(c => c.Title), reply.SubmitButtons().Select(b => b.Title).Take(observe.Choices.Count)))
            .Click(buttons => buttons[observation], $"observation {observation}")
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.Single(reasonTexts, reason => text.Contains(reason, StringComparison.Ordinal));
                Assert.Contains(page.Sections.Single(s => s.Note is not null).Note!, text, StringComparison.Ordinal);
                Assert.Contains(BotTexts.NoteLabel, text, StringComparison.Ordinal);
                Assert.Contains(page.Sections.SelectMany(s => s.Parts).Single(p => p.Block is null).Item.Title, text, StringComparison.Ordinal);
                Assert.Equal(2, paidHours.Count(point => text.Contains(point, StringComparison.Ordinal)));
            })
            .Click(page.Choices[0].Title)
            .AssertReply(Guide.FindItem("motivation-jobvejen")!.Title)
            .Click(walk.FindPage("jobvejen")!.Choices[0].Title)
            .AssertReply(observe.Title)
            .StartTestAsync();
    }

    [Fact]
    public async Task Motivation_ObservationTyped_IsUnderstood()
    {
        var walk = Tools.FindWalkthrough("motivation")!;
        var reasons = Guide.FindItem("motivation-modstand")!.Body.OfType<BulletList>().Single();

        await StartFromMotivationArea(walk.Title)
            .AssertReply(walk.FirstPage.Title)
            .Send("bange for kravene")
            .AssertReply(reasons.Entries.Single(entry => entry.Id == "bange-for-kravene").Text)
            .StartTestAsync();
    }

    private TestFlow StartFromMotivationArea(string tool) =>
        new TestFlow(_adapter)
            .Send("menu")
            .AssertReply(BotTexts.AreasHeading)
            .Click(Guide.FindArea("motivation")!.Title)
            .AssertReply(tool)
            .Click(tool);
}
