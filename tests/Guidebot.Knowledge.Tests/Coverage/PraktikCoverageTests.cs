using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>Praktik (Cabi, chapters 3–5): the guide before, during and after, the description checklist, the examples, hybrid practice and the progression ladder.</summary>
public sealed partial class PraktikCoverageTests
{
    private static readonly Area Area = RepoCards.Area("praktik");

    [Fact]
    public void ProgressionLadder_HasFiveLevels()
    {
        Assert.Equal(5, Area.Block<Table>("praktik-progressionsvaerktoej").Rows.Count);
    }

    [Theory]
    [InlineData("praktik-guide-borger", 5)]
    [InlineData("praktik-guide-virksomhed", 5)]
    [InlineData("praktik-guide-opstart", 3)]
    [InlineData("praktik-guide-under", 5)]
    [InlineData("praktik-beskrivelse-hvorfor", 3)]
    public void Guide_EachPartHasItsNumberedPoints(string itemId, int points)
    {
        Assert.Equal(Enumerable.Range(1, points).Select(n => $"{n}. "), NumberedHeadings(itemId).Select(h => h[..3]));
    }

    [Fact]
    public void Guide_StartAndAfter_HaveTheirChecklistAndBothFollowUpMeetings()
    {
        Assert.Equal(6, Area.Block<Checklist>("praktik-guide-opstart").Entries.Count);
        Assert.Equal(3, Area.Blocks<Heading>("praktik-guide-efter").Count());
        Assert.Equal([11, 2], Area.Blocks<QuestionList>("praktik-guide-efter").Select(q => q.Texts.Count));
    }

    [SkippableFact]
    public void Praktikbeskrivelse_ChecklistAndHelpQuestions_OneHeadingPerPoint_AsManyQuestionsAsTheSource()
    {
        var source = SourceChecklist(SourceSeeds.For("cabi"));
        var help = HeadedQuestions("praktik-beskrivelse-hjaelpespoergsmaal");

        Assert.Equal(source.Count, Area.Block<Checklist>("praktik-beskrivelse-tjekliste").Entries.Count);
        Assert.Equal(source, help);
    }

    [Fact]
    public void Examples_ThomasAndMarianne_ArePresent()
    {
        Assert.Equal(3, Area.Block<Table>("praktik-eksempel-thomas-upraecis").Rows.Count);
        Assert.NotEmpty(Area.Blocks<Paragraph>("praktik-eksempel-thomas-praecis"));
        Assert.Equal(5, Area.Block<BulletList>("praktik-eksempel-thomas").Texts.Count);
        Assert.Equal(7, Area.Block<BulletList>("praktik-eksempel-marianne").Texts.Count);
        Assert.NotEmpty(Area.Blocks<Paragraph>("praktik-eksempel-marianne-beskrivelse"));
    }

    [SkippableFact]
    public void Hybridpraktik_RulesAsManyAsTheSource_AndTwoExamplesOfFourSteps()
    {
        var rules = SourceSeeds.For("cabi").Bullets("Du skal være opmærksom på følgende", "Herunder ses et eksempel");

        Assert.Equal(rules.Count, Area.Block<BulletList>("praktik-hybrid").Texts.Count);
        Assert.Equal(4, Area.Block<NumberedList>("praktik-hybrid-restaurant").Texts.Count);
        Assert.Equal(4, Area.Block<NumberedList>("praktik-hybrid-plejecenter").Texts.Count);
    }

    [Fact]
    public void Effektivitet_HasFourCoreCompetences()
    {
        Assert.Equal(4, Area.Block<BulletList>("praktik-effektivitet").Texts.Count);
    }

    private static List<string> NumberedHeadings(string itemId) =>
        [.. Area.Blocks<Heading>(itemId).Select(h => h.Text).Where(t => NumberedPoint().IsMatch(t))];

    /// <summary>The number of questions under each heading of an item.</summary>
    private static List<int> HeadedQuestions(string itemId)
    {
        var result = new List<int>();
        foreach (var block in Area.Item(itemId).Body)
        {
            if (block is Heading)
            {
                result.Add(0);
            }
            else if (block is QuestionList questions)
            {
                result[^1] += questions.Texts.Count;
            }
        }

        return result;
    }

    /// <summary>The number of '•' questions under each indented point of the source's checklist "Den gode beskrivelse af virksomhedspraktik".</summary>
    private static List<int> SourceChecklist(SeedText seed)
    {
        var lines = seed.Lines.ToArray();
        var start = Array.FindIndex(lines, l => l.Contains("Her er en tjekliste over", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start, l => l.StartsWith("Tjekliste:", StringComparison.Ordinal));
        var points = new List<int>();
        foreach (var line in lines[(start + 1)..end].Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            if (line.StartsWith("      ", StringComparison.Ordinal))
            {
                points.Add(0);
            }
            else if (line.StartsWith('•'))
            {
                points[^1]++;
            }
        }

        return points;
    }

    [GeneratedRegex(@"^\d\. ")]
    private static partial Regex NumberedPoint();
}
