using Guidebot.BotFramework.Schema;
using Guidebot.Features.Employers;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>The employer lookup shows the source's words by item id: per motivation factor, per objection, before the call.</summary>
public sealed class EmployerLookupTests
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

    public static TheoryData<string> Factors => [.. FactorIds];

    [Theory]
    [MemberData(nameof(Factors))]
    public async Task Factor_ChosenOnTheStartCard_ShowsItsTextSourceAndFittingItems(string factorId)
    {
        var adapter = GuideTestAdapter.Create();
        var guide = adapter.Services.GetRequiredService<Guide>();
        var factor = guide.FindItem(factorId)!;

        await new TestFlow(adapter)
            .Send("virksomhed")
            .AssertReply(reply => Assert.Equal(FactorIds.Select(id => guide.FindItem(id)!.Title), reply.SubmitButtons().Where(b => b.Data.GetProperty("verb").GetString() == "employer-factor").Select(b => b.Title)))
            .Click(factor.Title)
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.Contains(EmployerTexts.FactorPosition(Array.IndexOf(FactorIds, factorId) + 1, 7), text, StringComparison.Ordinal);
                AssertShowsWholeItem(text, factor);
                foreach (var related in factor.Related.Select(id => guide.FindItem(id)!))
                {
                    Assert.Contains(related.Title, text, StringComparison.Ordinal);
                    Assert.All(related.Body.OfType<QuestionList>().SelectMany(list => list.Texts), question => Assert.Contains(question, text, StringComparison.Ordinal));
                }

                Assert.Contains(BotTexts.BackButton, reply.SubmitButtons().Select(b => b.Title));
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("”Vi har for travlt”", new[] { "virksomheder-fra-til", "virksomheder-tip-kontakt" })]
    [InlineData("”Hvad koster det?”", new[] { "virksomheder-rekrutteringspris", "virksomheder-social-beregner" })]
    [InlineData("”Vi har ikke opgaver”", new[] { "virksomheder-spot-opgaver", "virksomheder-tal-om-loennede-timer", "virksomheder-porter" })]
    public async Task Situation_ChosenFromTheAreaTool_ShowsTheSourcesItemsInFull(string label, string[] itemIds)
    {
        var adapter = GuideTestAdapter.Create();
        var guide = adapter.Services.GetRequiredService<Guide>();

        await new TestFlow(adapter)
            .Send("menu")
            .AssertReply("Eller vælg et emne")
            .Click("Virksomheder: motivation & argumenter")
            .AssertReply(reply => Assert.Contains(EmployerTexts.ToolSituations, reply.SubmitButtons().Select(b => b.Title)))
            .Click(EmployerTexts.ToolSituations)
            .AssertReply(EmployerTexts.SituationsPrompt)
            .Click(label)
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.Contains(EmployerTexts.SituationTitle(label), text, StringComparison.Ordinal);
                Assert.All(itemIds, id => AssertShowsWholeItem(text, guide.FindItem(id)!));
            })
            .Click(BotTexts.BackButton)
            .AssertReply(EmployerTexts.SituationsPrompt)
            .StartTestAsync();
    }

    [Fact]
    public async Task Situation_WhatDoesItCost_AddsOnlyTheBottomLineQuestionOfTheCallChecklist()
    {
        var adapter = GuideTestAdapter.Create();
        var callItem = adapter.Services.GetRequiredService<Guide>().FindItem("virksomheder-konkret-borger")!;
        var points = callItem.Body.OfType<Checklist>().Single().Entries;

        await new TestFlow(adapter)
            .Send("arbejdsgiver")
            .AssertReply(EmployerTexts.StartIntro)
            .Click("”Hvad koster det?”")
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.Contains(callItem.Title, text, StringComparison.Ordinal);
                Assert.Contains(points.Single(p => p.Id == "bundlinje").Text, text, StringComparison.Ordinal);
                Assert.All(points.Where(p => p.Id != "bundlinje"), p => Assert.DoesNotContain(p.Text, text, StringComparison.Ordinal));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Preparation_FromTheAreaTool_ShowsTheCallChecklistsAndQuickAccess()
    {
        var adapter = GuideTestAdapter.Create();
        var guide = adapter.Services.GetRequiredService<Guide>();
        string[] quickAccess = ["virksomheder-store-vaerktoejskasse", "virksomheder-basale-vaerktoejskasse", "virksomheder-rekrutteringspris", "virksomheder-porter", "virksomheder-esg-spoergsmaal"];

        await new TestFlow(adapter)
            .Send("menu")
            .AssertReply("Eller vælg et emne")
            .Click("Virksomheder: motivation & argumenter")
            .AssertReply(EmployerTexts.ToolPrepare)
            .Click(EmployerTexts.ToolPrepare)
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.All(["virksomheder-forberedelse", "virksomheder-tip-kontakt", "virksomheder-konkret-borger"], id => AssertShowsWholeItem(text, guide.FindItem(id)!));
                Assert.Equal(quickAccess, reply.SubmitButtons().Where(b => b.Data.GetProperty("verb").GetString() == "item").Select(b => b.Data.GetProperty("item").GetString()));
            })
            .Click("Den store værktøjskasse")
            .AssertReply("Partnerskabsaftaler")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("virksomhed")]
    [InlineData("Virksomheder")]
    [InlineData("arbejdsgiver")]
    public async Task Command_Typed_OpensTheLookupsStartCard(string typed)
    {
        await new TestFlow(GuideTestAdapter.Create())
            .Send(typed)
            .AssertReply(reply =>
            {
                Assert.Contains(EmployerTexts.StartTitle, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(EmployerTexts.ToolPrepare, reply.SubmitButtons().Select(b => b.Title));
            })
            .Click(BotTexts.BackButton)
            .AssertReply(reply => Assert.Contains(EmployerTexts.ToolFactors, reply.SubmitButtons().Select(b => b.Title)))
            .StartTestAsync();
    }

    [Fact]
    public async Task Factor_StaleId_ShowsTheListOfFactors()
    {
        var adapter = GuideTestAdapter.Create();

        var replies = await adapter.ProcessAsync(TestActivities.Click(System.Text.Json.JsonDocument.Parse("""{"verb":"employer-factor","item":"fjernet"}""").RootElement));

        Assert.Contains(EmployerTexts.FactorsPrompt, Assert.Single(replies).AllText(), StringComparison.Ordinal);
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
        BulletList l => l.Texts,
        NumberedList l => l.Texts,
        QuestionList q => q.Texts,
        Quote q => [q.Text],
        Table t => t.Rows.SelectMany(row => row),
        Checklist c => c.Entries.Select(i => i.Text),
        _ => [],
    };
}
