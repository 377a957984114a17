using System.Text.Json;
using Guidebot.Features.Lookups;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>The employer lookup of cards/tools/virksomhed.yaml shows the source's words by item id and anchor: per motivation factor, per objection, before the call.</summary>
public sealed class LookupTests
{
    private static readonly string[] FactorIds =
    [
        "virksomheder-motivation-det-gode-hjerte",
        "virksomheder-motivation-den-sociale-profil",
        "virksomheder-motivation-virksomhedens-vaerdier",
        "virksomheder-motivation-loyale-medarbejdere",
        "virksomheder-motivation-manglende-arbejdskraft",
        "virksomheder-motivation-samfundsansvar",
        "virksomheder-motivation-omverden",
    ];

    private readonly TestAdapter _adapter = GuideTestAdapter.Create();

    public static TheoryData<string> Factors => [.. FactorIds];

    public static TheoryData<string> Situations =>
        ["situation-virksomhed-for-travlt", "situation-virksomhed-for-dyrt", "situation-virksomhed-ingen-opgaver", "situation-virksomhed-daarlige-erfaringer"];

    private Guide Guide => _adapter.Services.GetRequiredService<Guide>();

    private Lookup Employers => _adapter.Services.GetRequiredService<Toolbox>().FindLookup("virksomhed")!;

    [Theory]
    [MemberData(nameof(Factors))]
    public async Task Factor_ChosenOnTheStartCard_ShowsItsTextSourceAndFittingItems(string factorId)
    {
        var factor = Guide.FindItem(factorId)!;
        var list = Employers.FindList("faktorer")!;

        await new TestFlow(_adapter)
            .Send("virksomhed")
            .AssertReply(reply => Assert.Equal(FactorIds.Select(id => Guide.FindItem(id)!.Title), reply.SubmitButtons().Where(b => b.Data.GetProperty("verb").GetString() == "lookup-entry" && b.Data.GetProperty("list").GetString() == list.Id).Select(b => b.Title)))
            .Click(factor.Title)
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.Contains(LookupTexts.Position(list.Title, Array.IndexOf(FactorIds, factorId) + 1, 7), text, StringComparison.Ordinal);
                AssertShowsWholeItem(text, factor);
                foreach (var related in factor.Related.Select(id => Guide.FindItem(id)!))
                {
                    Assert.Contains(related.Title, text, StringComparison.Ordinal);
                    Assert.All(related.Body.OfType<QuestionList>().SelectMany(questions => questions.Texts), question => Assert.Contains(question, text, StringComparison.Ordinal));
                }

                Assert.Contains(BotTexts.BackButton, reply.SubmitButtons().Select(b => b.Title));
            })
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Situations))]
    public async Task Situation_ChosenFromTheAreaCard_ShowsTheSourcesPartsWithTheirSources(string situationId)
    {
        var situation = Guide.FindItem(situationId)!;
        var list = Employers.FindList("situationer")!;
        var parts = situation.Body.OfType<Show>().Single().Parts;

        await new TestFlow(_adapter)
            .Send("menu")
            .AssertReply(BotTexts.AreasHeading)
            .Click(Guide.FindArea("virksomheder")!.Title)
            .AssertReply(reply => Assert.Contains(list.Title, reply.SubmitButtons().Select(b => b.Title)))
            .Click(list.Title)
            .AssertReply(list.Prompt)
            .Click(situation.Title)
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.Contains(BotTexts.NoteLabel, text, StringComparison.Ordinal);
                Assert.All(parts, part =>
                {
                    Assert.Contains(part.Item.Title, text, StringComparison.Ordinal);
                    Assert.Contains(BotTexts.Source(part.Item.Source.ToString()), text, StringComparison.Ordinal);
                    Assert.Contains(BotTexts.OpenItem(part.Item.Title), reply.SubmitButtons().Select(b => b.Title));
                });
            })
            .Click(BotTexts.BackButton)
            .AssertReply(list.Prompt)
            .StartTestAsync();
    }

    [Fact]
    public async Task Preparation_ShowsEachPartWithItsSource()
    {
        var list = Employers.FindList("forbered")!;

        await new TestFlow(_adapter)
            .Send("virksomhed")
            .AssertReply(Employers.Intro)
            .Click(list.Title)
            .AssertReply(reply => Assert.All(list.Show, part =>
            {
                Assert.Contains(part.Item.Title, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(BotTexts.Source(part.Item.Source.ToString()), reply.AllText(), StringComparison.Ordinal);
            }))
            .Click(BotTexts.BackButton)
            .AssertReply(Employers.Intro)
            .StartTestAsync();
    }

    [Fact]
    public async Task Start_QuickAccess_OpensTheItemsByIdInOrder()
    {
        await new TestFlow(_adapter)
            .Send("virksomhed")
            .AssertReply(reply => Assert.Equal(
                Employers.QuickAccess.Select(item => item.Id),
                reply.SubmitButtons().Where(b => b.Data.GetProperty("verb").GetString() == "item").Select(b => b.Data.GetProperty("item").GetString())))
            .Click(Employers.QuickAccess[1].Title)
            .AssertReply(Employers.QuickAccess[1].Title)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("virksomhed")]
    [InlineData("Virksomheder")]
    [InlineData("arbejdsgiver")]
    public async Task Command_Typed_OpensTheLookupsStartCard(string typed)
    {
        await new TestFlow(_adapter)
            .Send(typed)
            .AssertReply(reply =>
            {
                Assert.Contains(Employers.Title, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(Employers.Lists[^1].Title, reply.SubmitButtons().Select(b => b.Title));
            })
            .Click(BotTexts.BackButton)
            .AssertReply(Guide.FindArea("virksomheder")!.Summary)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("""{"verb":"lookup-entry","lookup":"virksomhed","list":"faktorer","item":"fjernet"}""", true)]
    [InlineData("""{"verb":"lookup-list","lookup":"virksomhed","list":"fjernet"}""", false)]
    public async Task Click_StaleId_ShowsTheNearestCardThatExists(string data, bool list)
    {
        var replies = await _adapter.ProcessAsync(TestActivities.Click(JsonDocument.Parse(data).RootElement));

        Assert.Contains(list ? Employers.FindList("faktorer")!.Prompt : Employers.Intro, Assert.Single(replies).AllText(), StringComparison.Ordinal);
    }

    // Every text of the item's body and its source line are on the card.
    private static void AssertShowsWholeItem(string text, Item item)
    {
        Assert.Contains(item.Title, text, StringComparison.Ordinal);
        Assert.Contains(BotTexts.Source(item.Source.ToString()), text, StringComparison.Ordinal);
        Assert.All(item.Body.SelectMany(ShownTexts), part => Assert.Contains(part, text, StringComparison.Ordinal));
    }

    // The texts a card shows for a block, as written in the content.
    private static IEnumerable<string> ShownTexts(Block block) => block switch
    {
        Paragraph p => [p.Text],
        Heading h => [h.Text],
        EntryList l => l.Texts,
        Quote q => [q.Text],
        Table t => t.Rows.SelectMany(row => row),
        _ => [],
    };
}
