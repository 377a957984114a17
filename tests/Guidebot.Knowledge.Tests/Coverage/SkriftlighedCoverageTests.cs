using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tests.Support;

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
        var table = Blocks<Table>("skriftlighed-faglige-tekster").Single();

        Assert.Equal(LoneColumns, table.Columns);
        var row = Assert.Single(table.Rows);
        Assert.StartsWith("”Lone har store smerter", row[0], StringComparison.Ordinal);
        Assert.StartsWith("”Lone siger, at hun har ondt i ryggen", row[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Helene_AttendanceExample_IsPresent()
    {
        Assert.Equal("Helene præsterer et fremmøde på 98 procent.", Blocks<Quote>("skriftlighed-fakta-helene").Single().Text);
        Assert.Contains(Blocks<Paragraph>("skriftlighed-fakta-helene"), p => p.Text.Contains("normtid", StringComparison.Ordinal));
        Assert.Contains(Blocks<Paragraph>("skriftlighed-fakta-helene"), p => p.Text.Contains("to uger eller tre måneder", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Facts_List_MatchesTheSource()
    {
        var source = SourceBullets("Fx er følgende faktuel viden:", "Dermed være ikke sagt");

        Assert.Equal(5, source.Count);
        Assert.Equal(source.Select(SeedText.Normalise), Blocks<BulletList>("skriftlighed-fakta").Single().Items.Select(SeedText.Normalise));
    }

    [SkippableFact]
    public void PreciseQuestions_Checklist_MatchesTheSource()
    {
        var source = SourceBullets("Tjekliste: Gode spørgsmål til at blive præcis", "Praktisk praktik");

        Assert.Equal(5, source.Count);
        Assert.Equal(
            source.Select(SeedText.Normalise),
            Blocks<Checklist>("skriftlighed-praecis-spoergsmaal").Single().Items.Select(i => SeedText.Normalise(i.Text)));
    }

    [SkippableFact]
    public void ShortAndPrecise_Tips_MatchTheSource()
    {
        var source = SourceBullets("Her er nogle tips til, hvordan du skriver", "Skriver du præcise sætninger");

        Assert.Equal(source.Select(SeedText.Normalise), Blocks<BulletList>("skriftlighed-kort-praecist").Single().Items.Select(SeedText.Normalise));
    }

    [SkippableFact]
    public void Skriftlighed_EveryTextIsInTheSource()
    {
        var seed = SeedText.Load(SeedText.Cabi);

        Assert.All(
            TextsOf(Area).Where(t => !DescriptiveTitles.Contains(t.Text, StringComparer.Ordinal)),
            entry => Assert.True(seed.Contains(entry.Text), $"{entry.ItemId}: not in the source: {entry.Text}"));
    }

    [SkippableFact]
    public void Skriftlighed_DescriptiveTitles_AreUsedAndNeeded()
    {
        var seed = SeedText.Load(SeedText.Cabi);

        Assert.All(DescriptiveTitles, title => Assert.True(Area.Items.Any(i => i.Title == title) && !seed.Contains(title), title));
    }

    private static IEnumerable<T> Blocks<T>(string itemId)
        where T : Block =>
        Area.Items.Single(i => i.Id == itemId).Body.OfType<T>();

    /// <summary>The '•' list in the seed between the line containing <paramref name="after"/> and the one containing <paramref name="before"/>.</summary>
    private static List<string> SourceBullets(string after, string before)
    {
        var lines = File.ReadAllLines(SharedFolder.Require("seeds", SeedText.Cabi));
        var start = Array.FindIndex(lines, l => l.Contains(after, StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start, l => l.Contains(before, StringComparison.Ordinal));
        var bullets = new List<string>();
        foreach (var line in lines[(start + 1)..end].Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            if (line.TrimStart().StartsWith('•'))
            {
                bullets.Add(line.TrimStart()[1..].Trim());
            }
            else if (bullets.Count > 0)
            {
                bullets[^1] += "\n" + line;
            }
        }

        return bullets;
    }

    private static IEnumerable<(string ItemId, string Text)> TextsOf(Area area) =>
        area.Items.SelectMany(item => new[] { item.Title }.Concat(item.Body.SelectMany(TextsOf)).Select(text => (item.Id, text)));

    private static IEnumerable<string> TextsOf(Block block) => block switch
    {
        Paragraph p => [p.Text.Replace("**", string.Empty, StringComparison.Ordinal)],
        Heading h => [h.Text],
        BulletList b => b.Items,
        NumberedList s => s.Items,
        QuestionList q => q.Questions,
        Quote q => q.Who is null ? [q.Text] : [q.Text, q.Who],
        Table t => t.Columns.Concat(t.Rows.SelectMany(row => row)),
        Checklist c => (c.Title is null ? [] : new[] { c.Title }).Concat(c.Items.Select(i => i.Text)),
        _ => throw new InvalidOperationException($"Unknown block {block.GetType().Name}"),
    };
}
