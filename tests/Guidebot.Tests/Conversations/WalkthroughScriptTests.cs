using Guidebot.Features.Walkthroughs;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

public sealed class WalkthroughScriptTests
{
    private static readonly string[] ResponseItemIds = ["motivation-rammer", "motivation-kommende-medarbejder"];

    private readonly TestAdapter _adapter = GuideTestAdapter.Create();

    private Guide Guide => _adapter.Services.GetRequiredService<Guide>();

    [Fact]
    public async Task Expectations_FromTheMotivationArea_ShowsThePremisesThenTheFiveTipsInOrderThenTheSummary()
    {
        var tips = Guide.FindItem(ExpectationsWalkthrough.TipsItemId)!.Body.OfType<NumberedList>().Single().Texts;
        var flow = StartFromMotivationArea(WalkthroughTexts.ExpectationsTool)
            .AssertReply(Guide.FindItem("motivation-forudsaetninger")!.Title)
            .Click(WalkthroughTexts.StartButton);
        for (var number = 1; number <= tips.Count; number++)
        {
            var tip = tips[number - 1];
            var step = WalkthroughTexts.StepTitle(number, tips.Count);
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
                Assert.Contains(WalkthroughTexts.SummaryTitle, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(Guide.FindItem(ExpectationsWalkthrough.SummaryItemId)!.Title, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(BotTexts.MenuButton, reply.SubmitButtons().Select(b => b.Title));
            })
            .Click(BotTexts.PreviousButton)
            .AssertReply(tips[^1])
            .StartTestAsync();
    }

    [Fact]
    public async Task EmployerExpectations_Next_ShowsTheEmployerItemsInSourceOrderThenTheSummary()
    {
        var flow = StartFromMotivationArea(WalkthroughTexts.EmployerExpectationsTool);
        var steps = EmployerExpectationsWalkthrough.StepItemIds.Select(id => Guide.FindItem(id)!).ToList();
        for (var number = 1; number <= steps.Count; number++)
        {
            var item = steps[number - 1];
            var progress = WalkthroughTexts.StepProgress(WalkthroughTexts.EmployerExpectationsName, number, steps.Count);
            flow = flow
                .AssertReply(reply =>
                {
                    Assert.Contains(progress, reply.AllText(), StringComparison.Ordinal);
                    Assert.Contains(item.Title, reply.AllText(), StringComparison.Ordinal);
                    Assert.Contains(BotTexts.Source(item.Source.ToString()), reply.AllText(), StringComparison.Ordinal);
                })
                .Click(BotTexts.NextButton);
        }

        await flow
            .AssertReply(reply =>
            {
                Assert.Contains(WalkthroughTexts.SummaryTitle, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(Guide.FindItem(EmployerExpectationsWalkthrough.SummaryItemId)!.Title, reply.AllText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Motivation_EachObservation_ShowsTheSourcesReasonAResponseAndPaidHoursPoints(int observation)
    {
        var reasons = Guide.FindItem(MotivationWalkthrough.ReasonsItemId)!;
        var reasonTexts = reasons.Body.OfType<BulletList>().Single().Texts.Append(reasons.Body.OfType<Paragraph>().First().Text).ToList();
        var responses = ResponseItemIds.Select(id => Guide.FindItem(id)!).ToList();
        var paidHours = Guide.FindItem(MotivationWalkthrough.PaidHoursItemId)!.Body.OfType<BulletList>().Single().Texts;

        await StartFromMotivationArea(WalkthroughTexts.MotivationTool)
            .AssertReply(reply => Assert.Equal(
                [WalkthroughTexts.LostFaith, WalkthroughTexts.AfraidOfDemands, WalkthroughTexts.NoWorkIdentity, WalkthroughTexts.HeavyProblems, WalkthroughTexts.ResistsPraktik],
                reply.SubmitButtons().Select(b => b.Title).Take(5)))
            .Click(buttons => buttons[observation], $"observation {observation}")
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.Contains(reasonTexts[observation], text, StringComparison.Ordinal);
                Assert.Single(reasonTexts, reason => text.Contains(reason, StringComparison.Ordinal));
                Assert.Contains(responses, item => text.Contains(((Paragraph)item.Body[0]).Text, StringComparison.Ordinal));
                Assert.Contains(paidHours, point => text.Contains(point, StringComparison.Ordinal));
            })
            .Click(WalkthroughTexts.JobRoadButton)
            .AssertReply(Guide.FindItem("motivation-jobvejen")!.Title)
            .Click(WalkthroughTexts.OtherObservationButton)
            .AssertReply(WalkthroughTexts.ObserveQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Motivation_ObservationTyped_IsUnderstood()
    {
        var reasons = Guide.FindItem(MotivationWalkthrough.ReasonsItemId)!.Body.OfType<BulletList>().Single().Texts;

        await StartFromMotivationArea(WalkthroughTexts.MotivationTool)
            .AssertReply(WalkthroughTexts.ObserveQuestion)
            .Send("bange for kravene")
            .AssertReply(reasons[1])
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
