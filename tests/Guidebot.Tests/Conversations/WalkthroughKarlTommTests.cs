using Guidebot.BotFramework.Schema;
using Guidebot.Features.Walkthroughs;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>The Karl Tomm walk-through of cards/tools/karl-tomm.yaml: a walk-through with choices rather than Forrige/Næste.</summary>
public sealed class WalkthroughKarlTommTests
{
    private static readonly string[] Factual = ["spoergeteknik-fortid-enkle", "spoergeteknik-fremtid-enkle"];
    private static readonly string[] Reflective = ["spoergeteknik-fortid-komplekse", "spoergeteknik-fremtid-komplekse"];

    private readonly TestAdapter _adapter = GuideTestAdapter.Create();

    private Guide Guide => _adapter.Services.GetRequiredService<Guide>();

    private Walkthrough Walk => _adapter.Services.GetRequiredService<Toolbox>().FindWalkthrough("karl-tomm")!;

    private WalkthroughPage Goal => Walk.FindPage("maal")!;

    private string FactualChoice => Goal.Choices[0].Title;

    private string ReflectiveChoice => Goal.Choices[1].Title;

    [Fact]
    public async Task KarlTomm_Overview_ShowsTheFourTypesWithTheSource()
    {
        var overview = Guide.FindItem("spoergeteknik-karl-tomm")!;
        await new TestFlow(_adapter)
            .Send("karl tomm")
            .AssertReply(reply =>
            {
                Assert.All(Factual.Concat(Reflective), id => Assert.Contains(Guide.FindItem(id)!.Title, reply.AllText(), StringComparison.Ordinal));
                Assert.Contains(BotTexts.Source(overview.Source.ToString()), reply.AllText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task KarlTomm_FactualThenReflective_ShowsEachHalfsQuestionsThenTheZones()
    {
        var zones = Guide.FindItem("spoergeteknik-zoner")!;
        await new TestFlow(_adapter)
            .Send("menu")
            .AssertReply(BotTexts.AreasHeading)
            .Click(Guide.FindArea("spoergeteknik")!.Title)
            .AssertReply(Walk.Title)
            .Click(Walk.Title)
            .AssertReply(Walk.FirstPage.Progress)
            .Click(BotTexts.NextButton)
            .AssertReply(reply =>
            {
                Assert.Contains(Goal.Title, reply.AllText(), StringComparison.Ordinal);
                Assert.Equal([FactualChoice, ReflectiveChoice], reply.SubmitButtons().Select(b => b.Title).Take(2));
            })
            .Click(FactualChoice)
            .AssertReply(reply => AssertQuestions(reply, shown: Factual, hidden: Reflective))
            .Click(Walk.FindPage("faktuelle")!.Choices[0].Title)
            .AssertReply(reply =>
            {
                Assert.Contains(zones.Title, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(BotTexts.Source(zones.Source.ToString()), reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(BotTexts.MenuButton, reply.SubmitButtons().Select(b => b.Title));
            })
            .Click(Walk.FindPage("zoner")!.Choices[0].Title)
            .AssertReply(Goal.Title)
            .Click(ReflectiveChoice)
            .AssertReply(reply => AssertQuestions(reply, shown: Reflective, hidden: Factual))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("nye perspektiver", false)]
    [InlineData("2", false)]
    [InlineData("afklare konkrete forhold", true)]
    [InlineData("faktuelle", true)]
    public async Task KarlTomm_GoalTyped_ShowsTheMatchingQuestions(string typed, bool factual)
    {
        await new TestFlow(_adapter)
            .Send("karltomm")
            .AssertReply(Walk.FirstPage.Progress)
            .Send("næste")
            .AssertReply(Goal.Title)
            .Send(typed)
            .AssertReply(reply => AssertQuestions(reply, shown: factual ? Factual : Reflective, hidden: factual ? Reflective : Factual))
            .StartTestAsync();
    }

    private void AssertQuestions(Activity reply, IEnumerable<string> shown, IEnumerable<string> hidden)
    {
        var text = reply.AllText();
        Assert.All(shown.SelectMany(Questions), question => Assert.Contains(question, text, StringComparison.Ordinal));
        Assert.All(hidden.SelectMany(Questions), question => Assert.DoesNotContain(question, text, StringComparison.Ordinal));
    }

    private IEnumerable<string> Questions(string itemId) =>
        Guide.FindItem(itemId)!.Body.OfType<QuestionList>().SelectMany(list => list.Texts);
}
