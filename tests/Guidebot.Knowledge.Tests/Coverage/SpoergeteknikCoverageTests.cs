using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Coverage;

public sealed partial class SpoergeteknikCoverageTests
{
    private static readonly Area Area = RepoCards.Area("spoergeteknik");

    private static readonly string[] TypeIds =
    [
        "spoergeteknik-fortid-enkle", "spoergeteknik-fremtid-enkle", "spoergeteknik-fortid-komplekse", "spoergeteknik-fremtid-komplekse",
    ];

    [Fact]
    public void KarlTomm_FourQuestionTypes_InSourceOrderWithSourceNumbering()
    {
        var types = TypeIds.Select(id => Area.Item(id)).ToList();

        Assert.Equal(
            ["1. Fortid, enkle spørgsmål", "4. Fremtid, enkle spørgsmål", "2. Fortid, komplekse spørgsmål", "3. Fremtid, komplekse spørgsmål"],
            types.Select(t => t.Title));
        Assert.Equal(TypeIds, Area.Items.Select(i => i.Id).Where(TypeIds.Contains));
        Assert.All(types, t => Assert.Single(t.Body.OfType<QuestionList>()));
    }

    [SkippableFact]
    public void KarlTomm_EveryExampleQuestion_VerbatimFromSeed()
    {
        var seed = SeedQuestionTypes();

        Assert.Equal(4, seed.Count);
        Assert.Equal(seed.Select(s => s.Title), TypeIds.Select(id => Area.Item(id).Title));
        foreach (var (title, questions) in seed)
        {
            var item = Area.Items.Single(i => i.Title == title);
            Assert.Equal(questions, Area.Block<QuestionList>(item.Id).Texts);
        }
    }

    [Fact]
    public void KarlTomm_Overview_ListsTheFourTypesAsInTheModel()
    {
        var overview = Area.Block<BulletList>("spoergeteknik-karl-tomm").Texts;

        Assert.Equal(TypeIds.Select(id => Area.Item(id).Title), overview);
    }

    [Fact]
    public void Halves_UpperFactualLowerReflective_BothExplained()
    {
        var text = Area.Block<Paragraph>("spoergeteknik-halvdele").Text;

        Assert.Contains("faktuelle, øverste halvdel", text, StringComparison.Ordinal);
        Assert.Contains("afklare konkrete forhold", text, StringComparison.Ordinal);
        Assert.Contains("nye perspektiver", text, StringComparison.Ordinal);
        Assert.Contains("refleksion og nye idéer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Zones_ThreeZonesAndNearestDevelopmentZone_Present()
    {
        var zones = Area.Item("spoergeteknik-zoner");

        Assert.Equal(["Utryghedszonen", "Udviklingszonen", "Tryghedszonen"], Area.Block<BulletList>(zones.Id).Texts);
        var text = string.Join(' ', zones.Body.OfType<Paragraph>().Select(p => p.Text));
        Assert.Contains("nærmeste udviklingszone – altså den gule zone", text, StringComparison.Ordinal);
        Assert.Contains("tryghedszonen, vil der ikke ske en udvikling", text, StringComparison.Ordinal);
        Assert.Contains("utryghedszonen", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Zones_ComparedWithSeed_SameZonesInSameOrder()
    {
        var lines = SeedText.Load(SeedText.Cabi).Lines.Select(l => l.Trim()).ToList();

        Assert.Equal(lines.Where(l => l.EndsWith("zonen", StringComparison.Ordinal) && !l.Contains(' ', StringComparison.Ordinal)),
            Area.Block<BulletList>("spoergeteknik-zoner").Texts);
    }

    [SkippableFact]
    public void Spoergeteknik_EveryTextListEntryAndQuestion_IsInTheSeed()
    {
        SeedAssert.AllInSeed(SeedText.Load(SeedText.Cabi), ItemTexts.Of(Area));
    }

    /// <summary>The model's four boxes in the seed: "n. Title" followed by "- question" lines (continued on indented lines).</summary>
    private static List<(string Title, List<string> Questions)> SeedQuestionTypes()
    {
        var lines = SeedText.Load(SeedText.Cabi).Lines.ToArray();
        var start = Array.FindIndex(lines, l => l.Trim() == "Karl Tomms spørgsmålstyper");
        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "Utryghedszonen");
        Assert.True(start >= 0 && end > start, "the seed's Karl Tomm model was not found");

        var types = new List<(string Title, List<string> Questions)>();
        foreach (var line in lines[(start + 1)..end].Where(l => l.Trim().Length > 0))
        {
            if (TypeHeader().IsMatch(line))
            {
                types.Add((line.Trim(), []));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                types[^1].Questions.Add(line[2..].Trim());
            }
            else
            {
                types[^1].Questions[^1] += " " + line.Trim();
            }
        }

        return types;
    }

    [GeneratedRegex(@"^\d\. \S")]
    private static partial Regex TypeHeader();
}
