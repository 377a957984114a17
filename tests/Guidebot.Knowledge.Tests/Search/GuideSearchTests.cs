using Guidebot.Knowledge.Loading;
using Guidebot.Knowledge.Search;
using Guidebot.Knowledge.Tests.Support;

namespace Guidebot.Knowledge.Tests.Search;

/// <summary>Search over the real cards/: Danish analysis, typos, the no-good-match line, and robustness.</summary>
public sealed class GuideSearchTests
{
    private static GuideSearch Search => RepoSearch.Instance;

    public static TheoryData<string> HostileQueries() =>
    [
        "",
        "   \t\n ",
        "*",
        "?",
        "\"",
        "\"skånehensyn",
        "title:praktik",
        "praktik:",
        "(((praktik",
        "praktik]",
        "{praktik TO step}",
        "praktik AND OR NOT",
        "praktik~2^5",
        "\\",
        "-+!&|",
        "/regex/",
        "\0\u0001",
        "😀 🚀",
        new string('a', 2000),
        string.Join(' ', Enumerable.Repeat("borgeren vil ikke i praktik \"*\" :", 80)),
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void Search_HostileText_ReturnsAResult(string query)
    {
        var result = Search.Search(query);

        Assert.NotNull(result);
        Assert.All(result.Hits, hit => Assert.False(string.IsNullOrEmpty(hit.Item.Id)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?! …")]
    public void Search_NothingToSearchFor_IsNoGoodMatch(string query)
    {
        var result = Search.Search(query);

        Assert.Equal(SearchResultKind.NoGoodMatch, result.Kind);
        Assert.Empty(result.Hits);
    }

    [Theory]
    [InlineData("xyzzy qwerty")]
    [InlineData("hvad er klokken")]
    [InlineData("pizza opskrift")]
    [InlineData("hvordan laver jeg en pizza")]
    [InlineData("asdfgh")]
    public void Search_Nonsense_IsNoGoodMatch(string query)
    {
        var result = Search.Search(query);

        Assert.Equal(SearchResultKind.NoGoodMatch, result.Kind);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void Search_OnlyStopWords_IsSearchedAsAPhrase()
    {
        var result = Search.Search("hvad skal alle kunne");

        Assert.Equal(SearchResultKind.Match, result.Kind);
        Assert.Contains("hvad skal alle kunne", result.Hits[0].Item.Keywords);
    }

    [Fact]
    public void Search_InflectedNoun_FindsTheBaseForm()
    {
        var result = Search.Search("virksomhedernes");

        Assert.Equal(SearchResultKind.Match, result.Kind);
        Assert.All(result.Hits, hit => Assert.Contains("virksomhed", Text(hit), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_DefinitePlural_FindsTheQuestionItems()
    {
        var top = Search.Search("spørgsmålene").Hits[0];

        Assert.Equal("spoergeteknik", top.Item.AreaId);
    }

    [Theory]
    [InlineData("spoergeteknik", "spoergeteknik")]
    [InlineData("skaanehensyn", "skaanehensyn")]
    [InlineData("forvaentningsafstemning", "motivation")]
    public void Search_WrittenWithoutDanishLetters_FindsTheArea(string query, string area)
    {
        var result = Search.Search(query);

        Assert.Equal(SearchResultKind.Match, result.Kind);
        Assert.Equal(area, result.Hits[0].Item.AreaId);
    }

    [Theory]
    [InlineData("karl tom", "karl tomm")]
    [InlineData("forventningsafstemming", "forventningsafstemning")]
    [InlineData("virksomhedsprakik", "virksomhedspraktik")]
    [InlineData("sammtykke", "samtykke")]
    public void Search_Typo_FindsWhatWasMeant(string query, string meant)
    {
        var result = Search.Search(query);

        Assert.Equal(SearchResultKind.Match, result.Kind);
        Assert.Contains(meant, Text(result.Hits[0]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Search_UnknownWordCloseToAGuideWord_SuggestsAQueryThatFindsSomething()
    {
        var result = Search.Search("sammtykke");

        var suggestion = Assert.Single(result.Suggestions, s => s == "samtykke");
        Assert.Equal(SearchResultKind.Match, Search.Search(suggestion).Kind);
    }

    [Fact]
    public void Search_KnownWords_SuggestsNothing()
    {
        Assert.Empty(Search.Search("samtykke").Suggestions);
    }

    [Fact]
    public void Search_Match_SnippetHoldsAQueryWordAndIsShort()
    {
        var hit = Search.Search("ingen tunge løft").Hits[0];

        Assert.Contains("tunge løft", hit.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(hit.Snippet.Length, 1, 200);
    }

    [Fact]
    public void Search_MaxResults_IsRespected()
    {
        Assert.InRange(Search.Search("praktik", 3).Hits.Count, 1, 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => Search.Search("praktik", 0));
    }

    [Fact]
    public void Search_SameQueryTwiceAndOnANewIndex_GivesTheSameResult()
    {
        using var other = new GuideSearch(RepoCards.Guide, SynonymsLoader.Load(RepoCards.Path));

        var first = Describe(Search.Search("borgeren siger hun ikke kan løfte noget"));
        var again = Describe(Search.Search("borgeren siger hun ikke kan løfte noget"));
        var rebuilt = Describe(other.Search("borgeren siger hun ikke kan løfte noget"));

        Assert.Equal(first, again);
        Assert.Equal(first, rebuilt);
    }

    [Fact]
    public void Search_ManyThreadsAtOnce_GiveTheSameResultsAsOneThread()
    {
        string[] queries = ["karl tom", "virksomheden siger de har for travlt", "step-up tjekliste", "pizza", "skaanehensyn"];
        var expected = queries.Select(q => Describe(Search.Search(q))).ToArray();

        var results = new string[queries.Length * 40];
        Parallel.For(0, results.Length, i => results[i] = Describe(Search.Search(queries[i % queries.Length])));

        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal(expected[x.i % queries.Length], x.r));
    }

    private static string Text(SearchHit hit) =>
        string.Join(' ', [hit.Item.Title, .. hit.Item.Keywords, .. BlockText.Segments(hit.Item)]);

    private static string Describe(SearchResult result) =>
        $"{result.Kind}: " + string.Join(" | ", result.Hits.Select(h => $"{h.Item.Id} {h.Score:R} {h.Snippet}"));

    [Fact]
    public void Search_ArbejdsevneAndFunktionsevne_AreDifferentConcepts()
    {
        var funktionsevne = Search.Search("funktionsevne").Hits.Select(h => h.Item.Id).ToList();
        var arbejdsevne = Search.Search("arbejdsevne").Hits.Select(h => h.Item.Id).ToList();

        Assert.Equal("step-up-forberedelse", funktionsevne[0]);
        Assert.Empty(funktionsevne.Intersect(arbejdsevne));
    }

    [Theory]
    [InlineData("borgeren har ondt")]
    [InlineData("virksomheden har for travlt")]
    [InlineData("smerter")]
    public void Search_Situation_NeverAnswersWithTheBotsOwnCard(string query)
    {
        var result = Search.Search(query);

        Assert.NotNull(result.Via);
        Assert.All(result.Hits, hit => Assert.False(hit.Item.Source.Document.IsBotsOwn, hit.Item.Id));
    }
}
