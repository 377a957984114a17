using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>
/// The area "kompetencefelter" against "Faglighed i beskæftigelsesindsatsen": the six fields (definition, basic
/// and specialised level), the three dimensions and their table, the learning forms per dimension — each list
/// as long as the source's, and no extraction markup or page table of contents left.
/// </summary>
public sealed partial class KompetencefelterCoverageTests
{
    private const string AreaId = "kompetencefelter";

    /// <summary>The six fields' id suffixes in the source's order.</summary>
    private static readonly string[] Fields = ["arbejdsmarked", "lov", "it", "borgernaere", "virksomhed", "netvaerk"];

    private static readonly string[] DimensionItems =
        ["kompetencefelter-dimension-praktisk", "kompetencefelter-dimension-reflektiv", "kompetencefelter-dimension-relationel"];

    private static Area Area => RepoCards.Area(AreaId);

    [Fact]
    public void Fields_SixInSourceOrder_EachDefinitionThenBasicThenSpecialised()
    {
        var ids = Area.Items.Select(i => i.Id).ToList();
        var expected = Fields.SelectMany(f => new[] { $"{AreaId}-{f}", $"{AreaId}-{f}-grundlaeggende", $"{AreaId}-{f}-specialiseret" }).ToList();

        var start = ids.IndexOf(expected[0]);
        Assert.True(start >= 0, $"{expected[0]} is missing");
        Assert.Equal(expected, ids.Skip(start).Take(expected.Count));
    }

    [Fact]
    public void Fields_EachLevel_HasOneNonEmptyList()
    {
        Assert.All(Fields, field =>
        {
            Assert.NotEmpty(Area.Blocks<Paragraph>($"{AreaId}-{field}"));
            Assert.NotEmpty(Area.Block<BulletList>($"{AreaId}-{field}-grundlaeggende").Texts);
            Assert.NotEmpty(Area.Block<BulletList>($"{AreaId}-{field}-specialiseret").Texts);
        });
    }

    [SkippableFact]
    public void Fields_LevelLists_AsLongAsTheSources()
    {
        var source = SourceLevelListLengths(SourceSeeds.For("faglighed"));

        Assert.Equal(Fields.Length, source.Count);
        Assert.Equal(
            source,
            Fields.Select(f => (Area.Block<BulletList>($"{AreaId}-{f}-grundlaeggende").Texts.Count, Area.Block<BulletList>($"{AreaId}-{f}-specialiseret").Texts.Count)));
    }

    [Fact]
    public void Dimensions_ThreeInOrder_OverviewAndOneItemEach()
    {
        Assert.Equal(3, Area.Block<BulletList>($"{AreaId}-dimensioner").Texts.Count);
        Assert.Equal(DimensionItems, Area.Items.Select(i => i.Id).Where(DimensionItems.Contains));
        Assert.All(DimensionItems, id => Assert.Single(Area.Blocks<Paragraph>(id)));
    }

    [Fact]
    public void LearningForms_OneAnchoredEntryPerDimension_InOrder()
    {
        var forms = Area.Block<BulletList>($"{AreaId}-laeringsstile");

        Assert.Equal(["praktisk", "refleksiv", "relationel"], forms.Entries.Select(e => e.Id));
    }

    [SkippableFact]
    public void DimensionTable_ThreeDimensionsByThreeLevels_AsManyCellsAsTheSource()
    {
        var lines = SourceSeeds.For("faglighed").Lines.ToArray();
        var start = Array.FindIndex(lines, l => l.Trim() == "PRAKTISKE");
        var end = Array.FindIndex(lines, start, l => l.Trim() == "4. Strategisk kompetenceudvikling");
        var table = Area.Block<Table>($"{AreaId}-dimensioner-tabel");

        Assert.Equal(4, table.Columns.Count);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(lines[start..end].Count(l => !string.IsNullOrWhiteSpace(l)), table.Columns.Count - 1 + table.Rows.Sum(r => r.Count));
    }

    [Fact]
    public void TableOfContents_IsNotACard()
    {
        Assert.Null(RepoCards.Guide.FindItem("kompetencefelter-opbygning"));
    }

    [Fact]
    public void EveryText_HasNoExtractionMarkupLeft()
    {
        Assert.All(ItemTexts.Of(Area).Select(t => t.Text), text =>
        {
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
            Assert.DoesNotContain("^{", text, StringComparison.Ordinal);
            Assert.Equal(0, text.Replace("**", string.Empty, StringComparison.Ordinal).Count(c => c == '*'));
            Assert.Equal(0, Bold().Count(text) % 2);
        });
    }

    /// <summary>The lengths of the source's level lists, field by field: the "- " lines after each level's heading.</summary>
    private static List<(int Basic, int Specialised)> SourceLevelListLengths(SeedText seed)
    {
        var result = new List<(int Basic, int Specialised)>();
        var (basic, specialised) = (0, 0);
        string? level = null;
        foreach (var line in seed.Lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (line.StartsWith("GRUNDLÆGGENDE NIVEAU", StringComparison.Ordinal))
            {
                (level, basic) = ("basic", 0);
            }
            else if (line.StartsWith("SPECIALISERET NIVEAU", StringComparison.Ordinal))
            {
                (level, specialised) = ("specialised", 0);
            }
            else if (level is not null && line.StartsWith("- ", StringComparison.Ordinal))
            {
                _ = level == "basic" ? basic++ : specialised++;
            }
            else if (level == "specialised")
            {
                result.Add((basic, specialised));
                level = null;
            }
        }

        return result;
    }

    [GeneratedRegex(@"\*\*")]
    private static partial Regex Bold();
}
