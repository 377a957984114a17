namespace Guidebot.Knowledge.Tests.Coverage;

public sealed class SkaanehensynCoverageTests
{
    private static readonly Area Area = RepoCards.Area("skaanehensyn");

    /// <summary>The five pairs of the seed's two-column box "Lav positive reformuleringer", in order.</summary>
    private static readonly string[][] ReformulationPairs =
    [
        ["Jeg kan ikke arbejde under pres", "Jeg trives bedst i et job uden skarpe deadlines"],
        ["Jeg kan kun arbejde fire timer om dagen, da jeg bliver træt", "Jeg trives bedst i en deltidsstilling, hvor jeg kan tage et hvil midt på dagen"],
        ["Jeg kan ikke løfte tungt", "Jeg kan løfte op til 5 kg og mere, hvis jeg har hjælpemidler"],
        ["Jeg bliver stresset, hvis jeg skal for mange ting", "Jeg trives bedst med rutineopgaver"],
        ["Jeg får angst, hvis jeg skal være et sted, hvor jeg ikke kender nogen", "Jeg trives bedst med en fast kontaktperson, når jeg skal starte op."],
    ];

    /// <summary>Cells whose lines interleave with the other column in the seed (see <see cref="Untangled"/>).</summary>
    private static readonly string[] UntangledColumns =
    [
        "Jeg kan kun arbejde fire timer |om dagen, da jeg bliver træt",
        "Jeg trives bedst i en deltidsstilling, hvor jeg kan |tage et hvil midt på dagen",
        "Jeg bliver stresset, hvis jeg skal |for mange ting",
        "Jeg får angst, hvis jeg skal være |et sted, hvor jeg ikke kender |nogen",
        "Jeg trives bedst med en fast kontaktperson, når |jeg skal starte op.",
    ];

    /// <summary>The page pointer dropped from a sentence ("på side 33"; the item links there): content wording → seed wording.</summary>
    private static readonly Dictionary<string, string> PageReferencesDropped = new(StringComparer.Ordinal)
    {
        ["(se positive reformuleringer)."] = "(se positive reformuleringer på side 33).",
    };

    [Fact]
    public void PositiveReformulations_AllFivePairs_InSourceOrder()
    {
        var table = Area.Block<Table>("skaanehensyn-positive-reformuleringer");

        Assert.Equal(2, table.Columns.Count);
        Assert.Equal(ReformulationPairs.Length, table.Rows.Count);
        Assert.All(ReformulationPairs.Zip(table.Rows), pair => Assert.Equal(pair.First, pair.Second));
    }

    [SkippableFact]
    public void PositiveReformulations_EveryCell_FoundInSeed()
    {
        var seed = SeedText.Load(SeedText.Cabi);

        Assert.All(ReformulationPairs.SelectMany(p => p), cell =>
        {
            var encoded = UntangledColumns.SingleOrDefault(u => Untangled.Display(u) == cell) ?? cell;
            Assert.All(Untangled.Pieces(encoded), fragment => Assert.True(seed.ContainsPiece(fragment), fragment));
        });
    }

    [Fact]
    public void Smart_FiveLetters_InOrder()
    {
        var letters = Area.Block<BulletList>("skaanehensyn-smart").Texts;

        Assert.Equal(5, letters.Count);
        Assert.Equal(["Specifikt", "Målbart", "Attraktivt", "Realistisk", "Tidsbestemt"], letters.Select(l => l.Split(' ')[0]));
        Assert.Equal("SMART", string.Concat(letters.Select(l => l[0])));
        Assert.All(letters, l => Assert.Contains(" – ", l, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("skaanehensyn-konkret", 10, "Hvad betyder begrænsningen helt konkret?", "Hvordan kan begrænsningen håndteres?")]
    [InlineData("skaanehensyn-haandtering", 6, "Hvordan kan begrænsningen håndteres?", "Når du taler med borgeren om skånehensyn")]
    public void Limitation_Questions_AllFromSeedInOrder(string itemId, int count, string start, string end)
    {
        var questions = Area.Block<QuestionList>(itemId).Texts;

        Assert.Equal(count, questions.Count);
        SeedAssert.SameBullets(SeedText.Load(SeedText.Cabi), start, end, questions);
    }

    [Fact]
    public void Cv_InformalCompetencesToTasks_BothExamplesPresent()
    {
        var table = Area.Block<Table>("skaanehensyn-det-kan-jeg-ogsaa");

        Assert.Equal(["Jeg passer hjemmet", "Jeg ordner mine børns cykler"], table.Rows.Select(r => r[0]));
        Assert.Contains("”det kan jeg også”", Area.Block<Paragraph>("skaanehensyn-det-kan-jeg-ogsaa").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_SkaanehensynCvAndGoals_CoverTheChapterInOrder()
    {
        Assert.Equal(
            [
                "skaanehensyn-cv", "skaanehensyn-det-kan-jeg-ogsaa", "skaanehensyn-i-det-jobrettede-arbejde", "skaanehensyn-konkret",
                "skaanehensyn-haandtering", "skaanehensyn-aktiv-lytning", "skaanehensyn-positive-reformuleringer",
                "skaanehensyn-jobmaal", "skaanehensyn-smart",
            ],
            Area.Items.Select(i => i.Id));
    }

    [SkippableFact]
    public void Skaanehensyn_EveryTextListEntryQuoteAndCell_IsInTheSeed()
    {
        SeedAssert.AllInSeed(SeedText.Load(SeedText.Cabi), ItemTexts.Of(Area), UntangledColumns, PageReferencesDropped);
    }
}
