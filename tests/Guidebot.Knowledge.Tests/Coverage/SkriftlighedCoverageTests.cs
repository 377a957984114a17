namespace Guidebot.Knowledge.Tests.Coverage;

public sealed class SkriftlighedCoverageTests
{
    private static readonly Area Area = RepoCards.Area("skriftlighed");

    private static readonly string[] LoneColumns = ["Skønlitteratur", "Faglig"];

    /// <summary>Plain descriptive titles where the source has no heading of its own.</summary>
    private static readonly string[] DescriptiveTitles = ["Eksempel: Helenes fremmøde på 98 procent"];

    [Fact]
    public void Lone_FictionAndProfessionalVersions_ArePaired()
    {
        var table = Area.Block<Table>("skriftlighed-faglige-tekster");

        Assert.Equal(LoneColumns, table.Columns);
        var row = Assert.Single(table.Rows);
        Assert.StartsWith("”Lone har store smerter", row[0], StringComparison.Ordinal);
        Assert.StartsWith("”Lone siger, at hun har ondt i ryggen", row[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Helene_AttendanceExample_IsPresent()
    {
        Assert.Equal("Helene præsterer et fremmøde på 98 procent.", Area.Block<Quote>("skriftlighed-fakta-helene").Text);
        Assert.Contains(Area.Blocks<Paragraph>("skriftlighed-fakta-helene"), p => p.Text.Contains("normtid", StringComparison.Ordinal));
        Assert.Contains(Area.Blocks<Paragraph>("skriftlighed-fakta-helene"), p => p.Text.Contains("to uger eller tre måneder", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("skriftlighed-fakta", typeof(BulletList), 5, "Fx er følgende faktuel viden:", "Dermed være ikke sagt")]
    [InlineData("skriftlighed-praecis-spoergsmaal", typeof(Checklist), 5, "Tjekliste: Gode spørgsmål til at blive præcis", "Praktisk praktik")]
    [InlineData("skriftlighed-kort-praecist", typeof(BulletList), 3, "Her er nogle tips til, hvordan du skriver", "Skriver du præcise sætninger")]
    public void Lists_MatchTheSource(string itemId, Type listKind, int count, string start, string end)
    {
        var entries = Area.Entries(itemId, listKind);

        Assert.Equal(count, entries.Count);
        SeedAssert.SameBullets(SeedText.Load(SeedText.Cabi), start, end, entries);
    }

    [SkippableFact]
    public void Skriftlighed_EveryTextIsInTheSource()
    {
        var seed = SeedText.Load(SeedText.Cabi);

        SeedAssert.AllInSeed(seed, ItemTexts.WithTitles(Area).Where(t => !DescriptiveTitles.Contains(t.Text, StringComparer.Ordinal)));
    }

    [SkippableFact]
    public void Skriftlighed_DescriptiveTitles_AreUsedAndNeeded()
    {
        var seed = SeedText.Load(SeedText.Cabi);

        Assert.All(DescriptiveTitles, title => Assert.True(Area.Items.Any(i => i.Title == title) && !seed.Contains(title), title));
    }
}
