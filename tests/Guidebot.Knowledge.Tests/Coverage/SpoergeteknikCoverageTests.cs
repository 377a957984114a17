namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>Karl Tomm's model as the source draws it (two by two: past/future, simple/complex), each type with its questions, and the three zones.</summary>
public sealed class SpoergeteknikCoverageTests
{
    private static readonly Area Area = RepoCards.Area("spoergeteknik");

    /// <summary>The four types by the source's numbers 1–4.</summary>
    private static readonly string[] TypeIds =
    [
        "spoergeteknik-fortid-enkle", "spoergeteknik-fortid-komplekse", "spoergeteknik-fremtid-komplekse", "spoergeteknik-fremtid-enkle",
    ];

    /// <summary>The source's boxes run 1, 4, 2, 3 (the figure read row by row), as indexes into <see cref="TypeIds"/>.</summary>
    private static readonly int[] SourceBoxOrder = [0, 3, 1, 2];

    [Fact]
    public void KarlTomm_FourTypes_EachWithItsNumberAndQuestions()
    {
        Assert.All(TypeIds.Select((id, index) => (Item: Area.Item(id), Number: index + 1)), type =>
        {
            Assert.StartsWith($"{type.Number}. ", type.Item.Title, StringComparison.Ordinal);
            Assert.InRange(Area.Block<QuestionList>(type.Item.Id).Texts.Count, 3, 6);
        });
    }

    [Fact]
    public void KarlTomm_Model_IsATwoByTwoTable_SimpleAboveComplex_PastBesideFuture()
    {
        var model = Area.Block<Table>("spoergeteknik-karl-tomm");

        Assert.Equal(3, model.Columns.Count);
        Assert.Equal(2, model.Rows.Count);
        Assert.Equal(
            [["1. ", "4. "], ["2. ", "3. "]],
            model.Rows.Select(row => row.Skip(1).Select(cell => cell[..3]).ToArray()));
        Assert.All(model.Rows.SelectMany(row => row.Skip(1)), cell => Assert.Contains(Area.Items, i => i.Title == cell));
        Assert.Equal("model", model.Id);
    }

    [Fact]
    public void Halves_AndZones_ExplainTheFiguresInTheBotsOwnNote()
    {
        Assert.Single(Area.Blocks<Note>("spoergeteknik-halvdele"));
        Assert.Single(Area.Blocks<Note>("spoergeteknik-zoner"));
        Assert.Equal(3, Area.Block<BulletList>("spoergeteknik-zoner").Texts.Count);
    }

    [Fact]
    public void Zones_CiteTheGoalSettingSection_NotKarlTomm()
    {
        var zones = Area.Item("spoergeteknik-zoner");

        Assert.DoesNotContain("Karl Tomm", zones.Source.Section, StringComparison.Ordinal);
        Assert.Contains("delmål", zones.Source.Section, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void KarlTomm_EveryTypeHasAsManyQuestionsAsTheSourcesBox()
    {
        var lines = SourceSeeds.For("cabi").Lines.Select(l => l.Trim()).ToList();
        var start = lines.IndexOf("Karl Tomms spørgsmålstyper");
        var end = lines.IndexOf("Utryghedszonen", start);
        var counts = new List<int>();
        foreach (var line in lines[(start + 1)..end].Where(l => l.Length > 0))
        {
            if (char.IsDigit(line[0]))
            {
                counts.Add(0);
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                counts[^1]++;
            }
        }

        Assert.Equal(counts, SourceBoxOrder.Select(i => Area.Block<QuestionList>(TypeIds[i]).Texts.Count));
    }
}
