using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>
/// The area "kompetencefelter" against "Faglighed i beskæftigelsesindsatsen": the six fields (definition,
/// basic and specialised level), the three dimensions and their table, the learning forms per dimension and
/// every piece of text, compared with the seed after the extraction's markup (*, **, &lt;i&gt;, footnote marks)
/// is stripped from both sides.
/// </summary>
public sealed partial class KompetencefelterCoverageTests
{
    private const string AreaId = "kompetencefelter";

    /// <summary>The six fields in the source's order: id suffix and title.</summary>
    private static readonly (string Id, string Title)[] Fields =
    [
        ("arbejdsmarked", "Arbejdsmarked & Uddannelse"),
        ("lov", "Lov & Myndighed"),
        ("it", "IT & Digital"),
        ("borgernaere", "Borgernære Metoder & Virkning"),
        ("virksomhed", "Virksomhedsvendte Metoder & Virkning"),
        ("netvaerk", "Netværk & Facilitering"),
    ];

    /// <summary>
    /// The only changes to the source's wording: page references inside a sentence, removed because the card
    /// shows the example itself (card wording → seed wording).
    /// </summary>
    private static readonly Dictionary<string, string> RemovedPageReferences = new(StringComparer.Ordinal)
    {
        ["den fælles kerneopgave."] = "den fælles kerneopgave (se eksempel på side 30).",
    };

    /// <summary>Titles that are the bot's plain descriptive titles rather than the source's headings.</summary>
    private static readonly HashSet<string> DescriptiveTitles = new(StringComparer.Ordinal)
    {
        "kompetencefelter-dimensioner",
        "kompetencefelter-dimensioner-tabel",
        "kompetencefelter-organisationsniveau",
        "kompetencefelter-profiler",
        "kompetencefelter-profil-eksempel",
        "kompetencefelter-profil-fortolkning",
    };

    private static readonly string[] DimensionItems =
        ["kompetencefelter-dimension-praktisk", "kompetencefelter-dimension-reflektiv", "kompetencefelter-dimension-relationel"];

    private static readonly string[] DimensionLabels =
        ["**Den praktiske dimension**", "**Den reflektive dimension**", "**Den relationelle dimension**"];

    private static readonly string[] LearningFormLabels =
        ["**Den praktiske dimension**", "**Den refleksive dimension**", "**Den relationelle dimension**"];

    private static readonly string[] TableColumns = ["Praktiske", "Refleksive", "Relationelle"];

    private static readonly string[] TableRows = ["Individuelt", "Borger- og virksomhedsvendt", "Organisatorisk"];

    private static Area Area => RepoCards.Area(AreaId);

    [Fact]
    public void Fields_SixInSourceOrder_EachDefinitionThenBasicThenSpecialised()
    {
        var ids = Area.Items.Select(i => i.Id).ToList();
        var expected = Fields.SelectMany(f => new[]
        {
            $"{AreaId}-{f.Id}", $"{AreaId}-{f.Id}-grundlaeggende", $"{AreaId}-{f.Id}-specialiseret",
        }).ToList();

        var start = ids.IndexOf(expected[0]);
        Assert.True(start >= 0, $"{expected[0]} is missing");
        Assert.Equal(expected, ids.Skip(start).Take(expected.Count));
        Assert.Equal(Fields.Select(f => f.Title), Fields.Select(f => Item($"{AreaId}-{f.Id}").Title));
    }

    [Fact]
    public void Fields_EachLevel_HasOneNonEmptyList()
    {
        foreach (var (id, _) in Fields)
        {
            Assert.NotEmpty(Item($"{AreaId}-{id}").Body.OfType<Paragraph>());
            Assert.NotEmpty(LevelList($"{AreaId}-{id}-grundlaeggende"));
            Assert.NotEmpty(LevelList($"{AreaId}-{id}-specialiseret"));
        }
    }

    [SkippableFact]
    public void Fields_TitlesAndOrder_MatchTheSourcesOverview()
    {
        var lines = Seed().Lines.ToArray();
        var start = Array.FindIndex(lines, l => l.StartsWith("De seks felter omfatter:", StringComparison.Ordinal));
        var titles = lines.Skip(start + 1)
            .SkipWhile(string.IsNullOrWhiteSpace)
            .TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal))
            .Select(l => FieldLabel().Match(l).Groups[1].Value)
            .ToList();

        Assert.Equal(Fields.Select(f => f.Title), titles);
    }

    [SkippableFact]
    public void Fields_LevelLists_AreExactlyTheSourcesLists()
    {
        var seed = Seed();
        var source = SourceLevelLists(seed);

        Assert.Equal(Fields.Length, source.Count);
        for (var n = 0; n < Fields.Length; n++)
        {
            var id = $"{AreaId}-{Fields[n].Id}";
            SeedAssert.SameList(seed, source[n].Basic, LevelList($"{id}-grundlaeggende"));
            SeedAssert.SameList(seed, source[n].Specialised, LevelList($"{id}-specialiseret"));
        }
    }

    [Fact]
    public void Dimensions_ThreeInOrder_OverviewAndOneItemEach()
    {
        var overview = Assert.Single(Item($"{AreaId}-dimensioner").Body.OfType<BulletList>());
        Assert.Equal(3, overview.Texts.Count);
        Assert.All(DimensionLabels.Zip(overview.Texts), p => Assert.StartsWith(p.First, p.Second, StringComparison.Ordinal));

        var ids = Area.Items.Select(i => i.Id).ToList();
        Assert.Equal(DimensionItems, ids.Where(DimensionItems.Contains));
        Assert.All(DimensionItems.Zip(DimensionLabels), p =>
        {
            var paragraph = Assert.Single(Item(p.First).Body.OfType<Paragraph>());
            Assert.StartsWith(p.Second.Trim('*') + " viser sig", paragraph.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void LearningForms_OneBulletPerDimension_InOrder()
    {
        var forms = Assert.Single(Item($"{AreaId}-laeringsstile").Body.OfType<BulletList>());

        Assert.Equal(3, forms.Texts.Count);
        Assert.All(LearningFormLabels.Zip(forms.Texts), p => Assert.StartsWith(p.First, p.Second, StringComparison.Ordinal));
    }

    [Fact]
    public void DimensionTable_HasThreeDimensionColumnsAndThreeRows()
    {
        var table = Assert.Single(Item($"{AreaId}-dimensioner-tabel").Body.OfType<Table>());

        Assert.Equal(TableColumns, table.Columns.Skip(1));
        Assert.Equal(TableRows, table.Rows.Select(r => r[0]));
        Assert.All(table.Rows, r => Assert.Equal(4, r.Count));
    }

    [SkippableFact]
    public void DimensionTable_CellsInOrder_AreExactlyTheSourcesTable()
    {
        var seed = Seed();
        var lines = seed.Lines.ToArray();
        var start = Array.FindIndex(lines, l => l.Trim() == "PRAKTISKE");
        var end = Array.FindIndex(lines, start, l => l.Trim() == "4. Strategisk kompetenceudvikling");
        var source = lines[start..end].Where(l => !string.IsNullOrWhiteSpace(l));

        var table = Assert.Single(Item($"{AreaId}-dimensioner-tabel").Body.OfType<Table>());

        SeedAssert.SameList(seed, source, table.Columns.Skip(1).Concat(table.Rows.SelectMany(r => r)));
    }

    [SkippableFact]
    public void EveryText_ListEntryQuestionAndCell_IsInTheSource()
    {
        SeedAssert.AllInSeed(Seed(), ItemTexts.Of(Area), reworded: RemovedPageReferences);
    }

    [SkippableFact]
    public void Titles_ThatAreSourceHeadings_AreInTheSource()
    {
        var seed = Seed();
        var headings = Area.Items.Where(i =>
            !DescriptiveTitles.Contains(i.Id)
            && !i.Id.EndsWith("-grundlaeggende", StringComparison.Ordinal)
            && !i.Id.EndsWith("-specialiseret", StringComparison.Ordinal));

        Assert.All(headings, item => Assert.True(seed.Contains(item.Title), item.Id));
    }

    [Fact]
    public void EveryText_HasNoExtractionMarkupLeft()
    {
        Assert.All(ItemTexts.Of(Area).Select(t => t.Text), text =>
        {
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
            Assert.DoesNotContain("^{", text, StringComparison.Ordinal);
            Assert.Equal(0, text.Replace("**", string.Empty, StringComparison.Ordinal).Count(c => c == '*'));
            Assert.Equal(0, CountOf(text, "**") % 2);
        });
    }

    private static Item Item(string id) => Area.Item(id);

    private static IReadOnlyList<string> LevelList(string id) => Assert.Single(Item(id).Body.OfType<BulletList>()).Texts;

    /// <summary>The seed with its extraction markup (*, **, &lt;i&gt;, footnote marks) stripped in every comparison.</summary>
    private static SeedText Seed() => SeedText.Load(SeedText.Faglighed, SeedMarkup.Strip);

    private static List<(List<string> Basic, List<string> Specialised)> SourceLevelLists(SeedText seed)
    {
        var result = new List<(List<string>, List<string>)>();
        List<string>? basic = null;
        List<string>? specialised = null;
        List<string>? current = null;
        foreach (var line in seed.Lines.Select(l => l.Trim()))
        {
            if (line.StartsWith("GRUNDLÆGGENDE NIVEAU", StringComparison.Ordinal))
            {
                current = basic = [];
            }
            else if (line.StartsWith("SPECIALISERET NIVEAU", StringComparison.Ordinal))
            {
                current = specialised = [];
            }
            else if (current is not null && line.StartsWith("- ", StringComparison.Ordinal))
            {
                current.Add(line[2..]);
            }
            else if (current is not null && line.Length > 0)
            {
                Assert.True(current == specialised, $"unexpected line inside a basic-level list: {line}");
                result.Add((basic!, specialised!));
                current = null;
            }
        }

        return result;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"^- \*\*(.+?):\*\*")]
    private static partial Regex FieldLabel();
}
