namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>Skriftlighed (Cabi, chapter 4): the fiction/professional pair, the Helene example and the lists as long as the source's.</summary>
public sealed class SkriftlighedCoverageTests
{
    private static readonly Area Area = RepoCards.Area("skriftlighed");

    [Fact]
    public void Lone_FictionAndProfessionalVersions_ArePaired()
    {
        var table = Area.Block<Table>("skriftlighed-faglige-tekster");

        Assert.Equal(2, table.Columns.Count);
        Assert.Single(table.Rows);
    }

    [Fact]
    public void Helene_AttendanceExample_HasTheQuoteAndTheExplanation()
    {
        Assert.Single(Area.Blocks<Quote>("skriftlighed-fakta-helene"));
        Assert.True(Area.Blocks<Paragraph>("skriftlighed-fakta-helene").Count() >= 2);
    }

    [SkippableTheory]
    [InlineData("skriftlighed-fakta", typeof(BulletList), "Fx er følgende faktuel viden:", "Dermed være ikke sagt")]
    [InlineData("skriftlighed-praecis-spoergsmaal", typeof(Checklist), "Tjekliste: Gode spørgsmål til at blive præcis", "Praktisk praktik")]
    [InlineData("skriftlighed-kort-praecist", typeof(BulletList), "Her er nogle tips til, hvordan du skriver", "Skriver du præcise sætninger")]
    public void Lists_HaveAsManyEntriesAsTheSource(string itemId, Type listKind, string start, string end)
    {
        Assert.Equal(SourceSeeds.For("cabi").Bullets(start, end).Count, Area.Entries(itemId, listKind).Count);
    }
}
