namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>Skånehensyn, CV and goals (Cabi, chapter 2): the chapter's parts in order, its tables, questions and SMART's five letters.</summary>
public sealed class SkaanehensynCoverageTests
{
    private static readonly Area Area = RepoCards.Area("skaanehensyn");

    [Fact]
    public void Items_CoverTheChapterInOrder()
    {
        Assert.Equal(
            [
                "skaanehensyn-cv", "skaanehensyn-det-kan-jeg-ogsaa", "skaanehensyn-i-det-jobrettede-arbejde", "skaanehensyn-konkret",
                "skaanehensyn-haandtering", "skaanehensyn-aktiv-lytning", "skaanehensyn-positive-reformuleringer",
                "skaanehensyn-jobmaal", "skaanehensyn-smart",
            ],
            Area.Items.Select(i => i.Id));
    }

    [Fact]
    public void PositiveReformulations_FivePairs_FromAndTo()
    {
        var table = Area.Block<Table>("skaanehensyn-positive-reformuleringer");

        Assert.Equal(2, table.Columns.Count);
        Assert.Equal(5, table.Rows.Count);
    }

    [Fact]
    public void DialogToolAttribution_SitsWithThePositiveReformulations_NotWithTheQuestions()
    {
        static bool CitesTheDialogTool(Item item) => item.Body.OfType<Paragraph>().Any(p => p.Text.Contains("cabiweb.dk/cv", StringComparison.Ordinal));

        Assert.True(CitesTheDialogTool(Area.Item("skaanehensyn-positive-reformuleringer")));
        Assert.False(CitesTheDialogTool(Area.Item("skaanehensyn-haandtering")));
    }

    [Fact]
    public void Smart_FiveLettersSpellSmart()
    {
        var letters = Area.Block<BulletList>("skaanehensyn-smart").Texts;

        Assert.Equal("SMART", string.Concat(letters.Select(l => l[0])));
    }

    [SkippableTheory]
    [InlineData("skaanehensyn-konkret", "Hvad betyder begrænsningen helt konkret?", "Hvordan kan begrænsningen håndteres?")]
    [InlineData("skaanehensyn-haandtering", "Hvordan kan begrænsningen håndteres?", "Når du taler med borgeren om skånehensyn")]
    public void LimitationQuestions_AsManyAsTheSource(string itemId, string start, string end)
    {
        Assert.Equal(SourceSeeds.For("cabi").Bullets(start, end).Count, Area.Block<QuestionList>(itemId).Texts.Count);
    }

    [Fact]
    public void InformalCompetences_TwoExamples_EachWithTasks()
    {
        var table = Area.Block<Table>("skaanehensyn-det-kan-jeg-ogsaa");

        Assert.Equal(2, table.Rows.Count);
        Assert.All(table.Rows, row => Assert.Contains(',', row[1]));
    }
}
