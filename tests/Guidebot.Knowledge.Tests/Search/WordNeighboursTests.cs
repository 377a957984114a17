using Guidebot.Knowledge.Search;

namespace Guidebot.Knowledge.Tests.Search;

public sealed class WordNeighboursTests
{
    private static readonly WordNeighbours Words = new(["samtale", "samtaler", "samtykke", "semtale", "kamtale", "praktik", "praktikken", "praktikplads", "praksis"]);

    [Fact]
    public void Typos_SwappedLetters_CountAsOneEdit()
    {
        var typos = Words.Typos("smatale", maxEdits: 1, max: 20);

        Assert.Equal(["samtale"], typos.Select(t => t.Word));
    }

    [Fact]
    public void Typos_DifferentFirstLetter_IsNotATypo()
    {
        var typos = Words.Typos("xamtale", maxEdits: 1, max: 20);

        Assert.Empty(typos);
    }

    [Fact]
    public void Typos_MostSimilarFirst_ThenInWordOrder()
    {
        var typos = Words.Typos("samtalr", maxEdits: 2, max: 20);

        Assert.Equal(["samtale", "samtaler", "semtale"], typos.Select(t => t.Word));
        Assert.Equal(1 - (1f / 7), typos[0].Similarity);
        Assert.Equal(1 - (2f / 7), typos[2].Similarity);
    }

    [Fact]
    public void Typos_MoreThanMax_KeepsTheMostSimilar()
    {
        var typos = Words.Typos("samtalr", maxEdits: 2, max: 1);

        Assert.Equal(["samtale"], typos.Select(t => t.Word));
    }

    [Fact]
    public void StartingWith_CompoundHead_FindsTheCompoundsInWordOrderUpToMax()
    {
        Assert.Equal(["praktik", "praktikken", "praktikplads"], Words.StartingWith("praktik", 20));
        Assert.Equal(["praktik", "praktikken"], Words.StartingWith("praktik", 2));
        Assert.Empty(Words.StartingWith("hybrid", 20));
    }
}
