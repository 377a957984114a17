using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Coverage;

public sealed partial class FlereSkalMedCoverageTests
{
    private const string AreaId = "flere-skal-med";

    private static readonly Area Area = RepoCards.Area(AreaId);

    /// <summary>Item titles that are the bot's plain descriptive titles (the source has no heading there).</summary>
    private static readonly HashSet<string> DescriptiveTitles =
    [
        "flere-skal-med-trin-1-jobformidler-stoette",
        "flere-skal-med-trin-1-uden-jobmaal",
        "flere-skal-med-trin-2-kontakt",
        "flere-skal-med-trin-2-tjekliste-jobmatch",
        "flere-skal-med-trin-2-tjekliste-aftale",
        "flere-skal-med-trin-3-afbrydelse",
        "flere-skal-med-trin-3-tjekliste",
        "flere-skal-med-sprogkort",
    ];

    /// <summary>Words the extraction broke, as the card has them → as the seed has them.</summary>
    private static readonly Dictionary<string, string> Repaired = new(StringComparer.Ordinal)
    {
        // The extraction left a stray hyphen mid-line: "bran-che".
        ["den enkelte branche"] = "den enkelte bran-che",
    };

    [Fact]
    public void Area_TitleAndMenuPosition_AreFlereSkalMedBeforeStepUp()
    {
        var areaIds = RepoCards.Guide.Areas.Select(a => a.Id).ToList();

        Assert.Equal("Flere skal med II", Area.Title);
        Assert.True(areaIds.IndexOf(AreaId) < areaIds.IndexOf("step-up"));
    }

    [Fact]
    public void Trin_ThreeInOrder_EachFollowedByItsEndAndDuration()
    {
        var ids = Area.Items.Select(i => i.Id).ToList();
        string[] sequence =
        [
            "flere-skal-med-trin-1", "flere-skal-med-trin-1-afslutning",
            "flere-skal-med-trin-2", "flere-skal-med-trin-2-afslutning",
            "flere-skal-med-trin-3", "flere-skal-med-trin-3-afslutning",
        ];

        Assert.All(sequence, id => Assert.Contains(id, ids));
        Assert.Equal(sequence, sequence.OrderBy(ids.IndexOf));
        Assert.Equal(
            ["Trin 1: Startafklaring", "Trin 2: ”På vej mod job”", "Trin 3: ”Virksomhedsforløb med fokus på ordinære timer”"],
            Enumerable.Range(1, 3).Select(n => Item($"flere-skal-med-trin-{n}").Title));
        Assert.Contains("Der bør sigtes mod, at trin 1 maksimalt varer én måned.", Texts(Item("flere-skal-med-trin-1-afslutning")));
        Assert.Contains("Der bør sigtes mod, at trin 2 maksimalt varer 13 uger.", Texts(Item("flere-skal-med-trin-2-afslutning")));
        Assert.Contains("i 3-6 måneder efter", string.Concat(Texts(Item("flere-skal-med-trin-3-afslutning"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Trin_EveryTrinItem_BelongsBetweenItsOwnTrinAndTheNext()
    {
        var ids = Area.Items.Select(i => i.Id).ToList();

        foreach (var n in Enumerable.Range(1, 2))
        {
            var start = ids.IndexOf($"flere-skal-med-trin-{n}");
            var next = ids.IndexOf($"flere-skal-med-trin-{n + 1}");
            Assert.All(ids.Where(id => id.StartsWith($"flere-skal-med-trin-{n}-", StringComparison.Ordinal)), id =>
                Assert.InRange(ids.IndexOf(id), start + 1, next - 1));
        }
    }

    [Fact]
    public void ContactFrequency_WeeklyMonthlyAndAfterJob_ArePresent()
    {
        var all = string.Join(" ", Area.Items.SelectMany(Texts));

        Assert.Contains("skal som udgangspunkt have kontakt ugentligt frem til, at borger kommer i det rette match", all, StringComparison.Ordinal);
        Assert.Contains("der skal som minimum være kontakt en gang om måneden mellem jobformidleren og borger", all, StringComparison.Ordinal);
        Assert.Contains("skal jobformidleren følge op på borgeren månedligt, fx telefonisk, i 3-6 måneder", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklists_OnePerTrin_WithTheSourcesItemCounts()
    {
        Assert.Equal(4, Checklist("flere-skal-med-trin-2-tjekliste-jobmatch", "tjekliste-jobmatch").Entries.Count);
        Assert.Equal(5, Checklist("flere-skal-med-trin-2-tjekliste-aftale", "tjekliste-aftale").Entries.Count);
        Assert.Equal(4, Checklist("flere-skal-med-trin-3-tjekliste", "tjekliste-opfoelgning").Entries.Count);
    }

    [SkippableFact]
    public void Checklists_EveryEntry_MatchesTheSourceList()
    {
        var seed = SeedText.Load(SeedText.FlereSkalMed);

        SeedAssert.SameBullets(
            seed,
            "Det individuelle jobmatch med fokus på ordinære timer:",
            "Redskaber:",
            Checklist("flere-skal-med-trin-2-tjekliste-jobmatch", "tjekliste-jobmatch").Entries.Select(i => i.Text));
        SeedAssert.SameBullets(
            seed,
            "Arbejds- og opfølgningsaftale:",
            "Vis omhu i brugen",
            Checklist("flere-skal-med-trin-2-tjekliste-aftale", "tjekliste-aftale").Entries.Select(i => i.Text));
        SeedAssert.SameBullets(
            seed,
            "Jobformidlerens løbende opfølgning:",
            "Redskaber:",
            Checklist("flere-skal-med-trin-3-tjekliste", "tjekliste-opfoelgning").Entries.Select(i => i.Text));
    }

    [Fact]
    public void Virksomhedspraktik_HasExactlyThreePurposesInOrder()
    {
        var purposes = Item("flere-skal-med-virksomhedspraktik").Body.OfType<NumberedList>().Single().Texts;

        Assert.Equal(
            [
                "Virksomhedspraktik med ordinære timer eller udsigt til ordinære timer",
                "Virksomhedspraktik for at optræne specifikke kompetencer",
                "Virksomhedspraktik for at afklare jobmål eller kompetencer",
            ],
            purposes);
    }

    [Fact]
    public void PersonligJobformidler_HasFourTrustConditionsAndThreeMakkerskabPoints()
    {
        var body = Item("flere-skal-med-personlig-jobformidler").Body;

        Assert.Equal(4, body.OfType<NumberedList>().Single().Texts.Count);
        Assert.Contains(body, b => b is Heading h && h.Text.Contains("Makkerskab", StringComparison.Ordinal));
        Assert.Equal(3, body.OfType<BulletList>().First().Texts.Count);
        Assert.Contains(Area.Items, i => Texts(i).Any(t => t.Contains("indgå i et ’makkerskab’ med borgeren i centrum", StringComparison.Ordinal)));
    }

    [Fact]
    public void SpecialPrinciples_AbsenceBranchepakkerSprogkortAndInterpreters_ArePresent()
    {
        string[] ids = ["flere-skal-med-fravaer", "flere-skal-med-branchepakker", "flere-skal-med-sprogkort", "flere-skal-med-sprogtolk"];

        Assert.All(ids, id => Assert.StartsWith("Særlige principper og redskaber", Item(id).Source.Section, StringComparison.Ordinal));
        Assert.Equal("Håndtering af fravær", Item("flere-skal-med-fravaer").Title);
        Assert.Equal("Klare principper for brug af sprogtolk", Item("flere-skal-med-sprogtolk").Title);
        Assert.Contains("Som udgangspunkt bruges der ikke sprogtolk.", Texts(Item("flere-skal-med-sprogtolk")).First(), StringComparison.Ordinal);
        Assert.Equal(2, Item("flere-skal-med-branchepakker").Body.OfType<BulletList>().Single().Texts.Count);
        Assert.Contains(Texts(Item("flere-skal-med-sprogkort")), t => t.EndsWith("/sprogkort", StringComparison.Ordinal));
    }

    [Fact]
    public void Items_AllNameTheFsm2SourceAndCarryKeywords()
    {
        AreaAssert.ItemsCiteAndCarryKeywords(Area, "fsm2");
    }

    [Fact]
    public void Items_NoneIsStepUpContent()
    {
        Assert.DoesNotContain(Area.Items, i => i.Source.Section!.Contains("Step-up’ indsats", StringComparison.Ordinal));
    }

    [Fact]
    public void CoreElements_TwoInTrin1TwoInTrin2OneInTrin3()
    {
        int CoreElements(int trin) => Area.Items.Count(i =>
            i.Id.StartsWith($"flere-skal-med-trin-{trin}-", StringComparison.Ordinal) && i.Body[0] is Heading { Text: "Kerneelement" });

        Assert.Equal([2, 2, 1], Enumerable.Range(1, 3).Select(CoreElements));
        Assert.Contains("Trin 2 består af to kerneelementer.", Texts(Item("flere-skal-med-trin-2")));
        Assert.Contains("Trin 3 består af et kerneelement.", Texts(Item("flere-skal-med-trin-3")));
    }

    /// <summary>
    /// The reverse check: every line of the seed is somewhere in this area or the step-up area, except these
    /// (page headers and numbers, the "Kerneelement:"/"Intro" labels shown as headings or titles, and lines
    /// whose halves went to a title and the text below it).
    /// </summary>
    [SkippableFact]
    public void Seed_EveryLine_IsInThisAreaOrStepUp()
    {
        string[] leftOutOrSplit =
        [
            "Intro",
            "Trin 1: ”Start-afklaring”",
            "Kerneelement:",
            "job:",
            "Vis omhu i brugen af virksomhedspraktik: Praktik",
            "7",
            "HUSK Samtykke til at dele og indhente borgers",
            "Tjekliste til ”step-up” indsatsen",
            "Særlige principper og redskaber",
            "Sprog- og billedkort med de 30 mest anvendte ord inden for den enkelte bran-che",
        ];
        var seed = SeedText.Load(SeedText.FlereSkalMed);
        var content = string.Join(
            " \u0001 ",
            new[] { Area, RepoCards.Area("step-up") }.SelectMany(ItemTexts.WithTitles).Select(t => SeedText.Normalise(t.Text)));

        var missing = seed.Lines
            .Select(l => LeadingMarker().Replace(string.Join(' ', l.Split(SeedText.BulletMarks)).Trim(), string.Empty))
            .Where(l => l.Length > 0 && !content.Contains(SeedText.Normalise(l), StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Equal(leftOutOrSplit, missing);
    }

    [SkippableFact]
    public void Texts_EveryParagraphListEntryAndChecklistItem_IsInTheSource()
    {
        var titles = Area.Items.Where(i => !DescriptiveTitles.Contains(i.Id)).Select(i => (i.Id, i.Title));

        SeedAssert.AllInSeed(SeedText.Load(SeedText.FlereSkalMed), titles.Concat(ItemTexts.Of(Area)), reworded: Repaired);
    }

    private static Item Item(string id) => Area.Item(id);

    private static Checklist Checklist(string itemId, string checklistId) => Area.Checklist(itemId, checklistId);

    private static IEnumerable<string> Texts(Item item) => ItemTexts.Of(item);

    [GeneratedRegex(@"^(\d+\.|-)\s+")]
    private static partial Regex LeadingMarker();
}
