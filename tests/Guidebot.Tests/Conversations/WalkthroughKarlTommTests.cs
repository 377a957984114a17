using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.Features.Walkthroughs;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

public sealed class WalkthroughKarlTommTests
{
    private readonly TestAdapter _adapter = GuideTestAdapter.Create();

    private Guide Guide => _adapter.Services.GetRequiredService<Guide>();

    [Fact]
    public async Task KarlTomm_Overview_ShowsTheFourTypesAsTwoRowsFactualAboveReflective()
    {
        await new TestFlow(_adapter)
            .Send("karl tomm")
            .AssertReply(reply =>
            {
                var rows = ColumnSets(reply.Card()!.Value).Select(row => row.EnumerateArray().Select(TextOf).ToList()).ToList();
                Assert.Equal(2, rows.Count);
                Assert.Equal(KarlTommWalkthrough.FactualItemIds.Select(id => Guide.FindItem(id)!.Title), rows[0]);
                Assert.Equal(KarlTommWalkthrough.ReflectiveItemIds.Select(id => Guide.FindItem(id)!.Title), rows[1]);
                Assert.Contains(((Paragraph)Guide.FindItem("spoergeteknik-karl-tomm")!.Body[0]).Text, reply.AllText(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task KarlTomm_FactualThenReflective_ShowsEachHalfsQuestionsThenTheZones()
    {
        await new TestFlow(_adapter)
            .Send("menu")
            .AssertReply(BotTexts.AreasHeading)
            .Click("Spørgeteknik (Karl Tomm)")
            .AssertReply(WalkthroughTexts.KarlTommTool)
            .Click(WalkthroughTexts.KarlTommTool)
            .AssertReply(WalkthroughTexts.KarlTommOverviewProgress)
            .Click(BotTexts.NextButton)
            .AssertReply(reply =>
            {
                Assert.Contains(WalkthroughTexts.GoalQuestion, reply.AllText(), StringComparison.Ordinal);
                Assert.Equal([WalkthroughTexts.FactualChoice, WalkthroughTexts.ReflectiveChoice], reply.SubmitButtons().Select(b => b.Title).Take(2));
            })
            .Click(WalkthroughTexts.FactualChoice)
            .AssertReply(reply => AssertQuestions(reply, shown: KarlTommWalkthrough.FactualItemIds, hidden: KarlTommWalkthrough.ReflectiveItemIds))
            .Click(WalkthroughTexts.ZonesButton)
            .AssertReply(reply =>
            {
                var zones = Guide.FindItem("spoergeteknik-zoner")!;
                Assert.Contains(zones.Title, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(zones.Body.OfType<Paragraph>().First().Text, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(BotTexts.MenuButton, reply.SubmitButtons().Select(b => b.Title));
            })
            .Click(WalkthroughTexts.ChooseAgainButton)
            .AssertReply(WalkthroughTexts.GoalQuestion)
            .Click(WalkthroughTexts.ReflectiveChoice)
            .AssertReply(reply => AssertQuestions(reply, shown: KarlTommWalkthrough.ReflectiveItemIds, hidden: KarlTommWalkthrough.FactualItemIds))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("nye perspektiver", false)]
    [InlineData("2", false)]
    [InlineData("afklare konkrete forhold", true)]
    public async Task KarlTomm_GoalTyped_ShowsTheMatchingQuestions(string typed, bool factual)
    {
        await new TestFlow(_adapter)
            .Send("karltomm")
            .AssertReply(WalkthroughTexts.KarlTommOverviewProgress)
            .Send("næste")
            .AssertReply(WalkthroughTexts.GoalQuestion)
            .Send(typed)
            .AssertReply(reply => AssertQuestions(
                reply,
                shown: factual ? KarlTommWalkthrough.FactualItemIds : KarlTommWalkthrough.ReflectiveItemIds,
                hidden: factual ? KarlTommWalkthrough.ReflectiveItemIds : KarlTommWalkthrough.FactualItemIds))
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

    private static IEnumerable<JsonElement> ColumnSets(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.GetString() == "ColumnSet" => [element.GetProperty("columns")],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => ColumnSets(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(ColumnSets),
        _ => [],
    };

    private static string TextOf(JsonElement column) => column.GetProperty("items")[0].GetProperty("text").GetString()!;
}
