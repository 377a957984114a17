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
}
