using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Search;

namespace Guidebot.Knowledge.Tests.Search;

public sealed class GuideSearchSyntheticTests
{
    private static readonly SynonymGroup[] Employers = [new(["virksomhed", "arbejdsgiver", "firma"])];
    private static readonly SynonymGroup[] PaidHours = [new(["løntimer", "lønnede timer", "ordinære timer"])];

    [Fact]
    public void Search_SynonymOfAWordInTheGuide_FindsTheItem()
    {
        using var search = new GuideSearch(
            SyntheticGuide.Of(("a", "Kontakten", "Ring til arbejdsgiveren i god tid."), ("b", "Andet", "Noget helt andet.")),
            Employers);

        var result = search.Search("firma");

        Assert.Equal(SearchResultKind.Match, result.Kind);
        Assert.Equal("a", result.Hits[0].Item.Id);
    }

    [Fact]
    public void Search_SameWordWithoutTheSynonymGroup_FindsNothing()
    {
        using var search = new GuideSearch(SyntheticGuide.Of(("a", "Kontakten", "Ring til arbejdsgiveren i god tid.")), []);

        Assert.Equal(SearchResultKind.NoGoodMatch, search.Search("firma").Kind);
    }

    [Fact]
    public void Search_OneWordSynonymOfAPhrase_FindsThePhrase()
    {
        using var search = new GuideSearch(
            SyntheticGuide.Of(("a", "Motivation", "Selv få lønnede timer giver tro på job."), ("b", "Timer", "Timer og minutter i mødet.")),
            PaidHours);

        var result = search.Search("løntimer");

        Assert.Equal("a", result.Hits[0].Item.Id);
    }

    [Fact]
    public void Search_WordInOneTitleAndAnotherBody_RanksTheTitleFirst()
    {
        using var search = new GuideSearch(
            SyntheticGuide.Of(
                ("body", "Deltagere i mødet", "Husk at indhente samtykke, før du deler oplysninger med andre."),
                ("title", "Samtykke", "Borgeren skal sige ja, før oplysninger deles.")),
            []);

        var result = search.Search("samtykke");

        Assert.Equal(["title", "body"], result.Hits.Select(h => h.Item.Id));
    }

    [Fact]
    public void Search_LongBody_SnippetIsShortAndHoldsTheQueryWord()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Her står en lang forklaring om noget andet.", 12));
        using var search = new GuideSearch(
            SyntheticGuide.Of(("a", "Forløb", $"{filler} Husk opstartsmødet med virksomheden. {filler}")),
            []);

        var snippet = search.Search("opstartsmøde").Hits[0].Snippet;

        Assert.Contains("opstartsmødet", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, 1, 200);
    }

    [Fact]
    public void Search_SituationCardMatches_LeadsWithASourceItemAndOffersTheCard()
    {
        using var search = PainSituation(SyntheticGuide.Item("limits", "Begrænsninger", "Gør begrænsningen konkret."));

        var result = search.Search("borgeren har smerter");

        Assert.Equal(["tips", "limits"], result.Hits.Select(h => h.Item.Id));
        Assert.Equal("situation", result.Via?.Id);
    }

    [Fact]
    public void Search_SituationCardAndOneOfItsItemsMatch_TheItemTheQueryFindsComesFirst()
    {
        using var search = PainSituation(SyntheticGuide.Item("lifting", "Tunge løft", "Kan ikke løfte tungt? Er det 5 kg?"));

        var result = search.Search("borgeren har ondt og kan ikke løfte");

        Assert.Equal(["lifting", "tips"], result.Hits.Select(h => h.Item.Id));
    }

    [Fact]
    public void Search_NoSituationOnTheWay_HasNoVia()
    {
        using var search = new GuideSearch(SyntheticGuide.Of(("a", "Samtykke", "Borgeren skal sige ja.")), []);

        Assert.Null(search.Search("samtykke").Via);
    }

    [Theory]
    [InlineData("helbred", "talk")]
    [InlineData("spørgsmål om helbred", "questions")]
    [InlineData("hvad kan jeg spørge om helbred", "questions")]
    public void Search_AskingForQuestions_RanksTheItemWithQuestionsFirst(string query, string first)
    {
        using var search = new GuideSearch(
            SyntheticGuide.Of(
                SyntheticGuide.Item("talk", "Helbred og helbredsbarrierer", "Helbred fylder. Tal om helbred i samtalen."),
                SyntheticGuide.Item("questions", "Borgere med barrierer", [], new QuestionList([new("Hvordan har dit helbred det?"), new("Hvad kan hjælpe?")]))),
            []);

        Assert.Equal(first, search.Search(query).Hits[0].Item.Id);
    }

    [Fact]
    public void Search_AskingForAChecklist_RanksTheItemWithAChecklistFirst()
    {
        using var search = new GuideSearch(
            SyntheticGuide.Of(
                SyntheticGuide.Item("talk", "Step-up", "Step-up er en indsats."),
                SyntheticGuide.Item("list", "Deltagere", ["step-up"], new Checklist("Hvem deltager?", [new("Borger", "borger"), new("Sagsbehandler", "sagsbehandler")]) { Id = "deltagere" })),
            []);

        Assert.Equal("list", search.Search("step-up tjekliste").Hits[0].Item.Id);
    }

    [Fact]
    public void Search_OneWaySynonym_FindsTheConceptButNotTheReverse()
    {
        SynonymGroup[] pain = [new(["smerter"]) { Means = ["helbred"] }];
        using var search = new GuideSearch(
            SyntheticGuide.Of(("health", "Helbred", "Helbredsmæssige barrierer for job."), ("lone", "Notatet", "Lone siger, at hun har smerter.")),
            pain);

        Assert.Equal(["health", "lone"], search.Search("smerter").Hits.Select(h => h.Item.Id).Order());
        Assert.Equal(["health"], search.Search("helbred").Hits.Select(h => h.Item.Id));
    }

    [Fact]
    public void Search_KeywordPhraseOfMostlyStopWords_FindsTheItemThatSaysIt()
    {
        using var search = new GuideSearch(
            SyntheticGuide.Of(
                SyntheticGuide.Item("meeting", "Mødet med borgeren", "Borgeren møder jobformidleren hver uge."),
                SyntheticGuide.Item("absence", "Fravær", "Find grundene til fravær.", "møder ikke op")),
            []);

        Assert.Equal("absence", search.Search("borgeren møder ikke op").Hits[0].Item.Id);
    }

    // A situation card "Borgeren siger: Jeg har ondt" showing a tips item and then the given one.
    private static GuideSearch PainSituation(Item second)
    {
        var tips = SyntheticGuide.Item("tips", "Tips om helbred", "Hold fokus på job.");
        var situation = SyntheticGuide.WayIn("situation", "Borgeren siger: Jeg har ondt", ["smerter", "har ondt"], tips, second);
        return new GuideSearch(SyntheticGuide.Of(tips, second, situation), []);
    }
}
