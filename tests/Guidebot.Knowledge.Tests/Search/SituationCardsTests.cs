using Guidebot.Knowledge.Tests.Support;

namespace Guidebot.Knowledge.Tests.Search;

/// <summary>
/// The situations (cards/areas/situationer.yaml): the bot's own ways into the sources, first in the menu, each a
/// short note and the source items it shows; and the bot's note on Karl Tomm's classical names.
/// </summary>
public sealed class SituationCardsTests
{
    private static readonly string[] Situations =
    [
        "situation-borger-har-ondt", "situation-borger-tror-ikke-paa-det", "situation-borger-vil-ikke",
        "situation-borger-moeder-ikke-op", "situation-borger-vaeret-vaek-laenge", "situation-virksomhed-for-dyrt",
        "situation-virksomhed-for-travlt", "situation-virksomhed-ingen-opgaver", "situation-virksomhed-daarlige-erfaringer",
    ];

    [Fact]
    public void Situations_AreTheFirstAreaInTheMenu()
    {
        var area = RepoCards.Guide.Areas[0];

        Assert.Equal("situationer", area.Id);
        Assert.Equal(Situations, area.Items.Select(i => i.Id));
    }

    [Fact]
    public void Situations_AreTheBotsOwnNoteAndTwoToFourSourceItems()
    {
        Assert.All(RepoCards.Area("situationer").Items, item =>
        {
            Assert.True(item.Source.Document.IsBotsOwn, item.Id);
            Assert.Collection(item.Body, note => Assert.IsType<Note>(note), show => Assert.InRange(Assert.IsType<Show>(show).Parts.Count, 2, 4));
            Assert.All(item.Body.OfType<Show>().Single().Parts, part => Assert.False(part.Item.Source.Document.IsBotsOwn, part.Item.Id));
        });
    }

    [Fact]
    public void KarlTomm_EndsWithTheBotsNoteOnTheClassicalNames()
    {
        var note = Assert.IsType<Note>(RepoCards.Guide.FindItem("spoergeteknik-karl-tomm")!.Body[^1]).Text;

        Assert.All(["lineære", "cirkulære", "strategiske", "refleksive"], name => Assert.Contains(name, note, StringComparison.Ordinal));
        Assert.Contains("Håndbogen bruger ikke de navne", note, StringComparison.Ordinal);
        Assert.Contains("Guidebots omtrentlige", note, StringComparison.Ordinal);
    }
}
