using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Coverage;

public sealed partial class PraktikCoverageTests
{
    private static readonly Area Area = RepoCards.Area("praktik");

    private static readonly string[] LadderLevels = ["Begynder", "Avanceret begynder", "Selvstartende", "Selvkørende", "Oplært"];

    private static readonly string[] FollowUpPoints =
    [
        "1. Arbejdsopgaver",
        "2. Fremmøde/pauser",
        "3. Hvad fungerer godt/hvad lykkes?",
        "4. Hvad er svært?",
        "5. Er der behov for andre justeringer for at sikre progression/lønnede timer?",
    ];

    private static readonly string[] Reasons = ["1. Vejen til job", "2. Spar tid og ressourcer", "3. Praktikantens retssikkerhed"];

    private static readonly string[] AfterHeadings = ["Hvis forløbet ikke fører til lønnede timer", "Opfølgningsmøde med borgeren", "Opfølgningsmøde med virksomheden"];

    private static readonly int[] AfterQuestionCounts = [11, 2];

    private static readonly string[] CoreCompetences = ["Fingrene skal sidde rigtigt", "Serviceminded", "Gode samarbejdsevner", "Tage ansvar og rette fejl"];

    /// <summary>Plain descriptive titles where the source has no heading of its own.</summary>
    private static readonly string[] DescriptiveTitles =
    [
        "Hjælpespørgsmål til den gode beskrivelse",
        "Thomas: den upræcise praktikbeskrivelse",
        "Thomas: den præcise praktikbeskrivelse",
        "Mariannes praktikbeskrivelse",
    ];

    /// <summary>
    /// Texts that are not contiguous in the seed because the PDF's columns interleave or were cropped
    /// (see <see cref="Untangled"/>; '[x]' are letters the PDF cropped at a column edge).
    /// </summary>
    private static readonly string[] UntangledTexts =
    [
        // Guide til det gode praktikforløb: two-column table rows run together.
        "Regler og rammer, fx længde og gæl|dende lovgivning i en virksomheds|praktik.",
        "Support til virksomheden og dokumen|tation af progression gennem tilbage|meldinger fra borger og virksomhed",
        "Hvilke konkrete skånebehov er der? |Kan de immødekommes, og i givet fald |hvordan?",
        "5. Er der behov for andre justeringer for |at sikre progression/lønnede timer?",
        "Skal der nye arbejdsopgaver til? - hvor|når og hvordan?",
        "Afhold gerne et trepartsmøde, hvor |borgeren, virksomhedskonsulenten og |sagsbehandleren deltager",
        "Hvad har vi lært ift. borgerens ressour|cer?",
        "Følg op med virksomheden ved afslut|ningen af forløbet",

        // Thomas's precise description: the right-hand column lost its first letter(s) on every line.
        "[T]homas skal i 13 uger indgå i arbejde på [o]g drift af Solby Kirkegård. Konkret skal han [a]rbejde med at holde kirkegården ren, passe [h]ække, blomster og gravearbejde.",
        "[M]ålet med praktikken er, at Thomas møder [s]tabilt og udfører sine arbejdsopgaver selv[s]tændigt.",
        "[P]å længere sigt arbejdes der i retning af an[s]ættelse på ordinære timer - eller en ny virk[s]omhedspraktik, hvor timetal og mængden [a]f selvstændige opgaver trappes op.",
        "[T]homas bliver tilknyttet kirkegårdsgraveren, [L]eif, der er Thomas kontaktperson.",
        "[D]er er aftalt to opfølgningsmøder i prak[t]ikperioden (22. februar og 29. marts), hvor [s]amarbejde, progression og timetal vurderes. [I] møderne deltager Thomas, Leif og virksom[h]edskonsulenten.",
        "[T]re timer tre dage om ugen (man., ons. og [fr]e.) kl. 9.00-12.00.",

        // Marianne's description: the same cropped column.
        "[M]arianne skal i otte uger indgå i IT-afdelin[g]ens arbejde med at klargøre mobiltelefo[n]er og tablets.",
        "[M]arianne bliver tilknyttet afdelingslederen [A]nders, der skal fungere som mentor.",
        "[I] samarbejde med Anders skal hun desuden [g]ennemføre et servicetjek af, om virksomhe[d]en overholder persondataforordningen. Det [e]r en mulighed for, at Marianne kan afprøve [s]ine juridiske kompetencer.",
        "[I]ndledende mål:",
        "[A]t Marianne bliver tryg ved at være på [a]rbejdspladsen og udføre arbejdsopgaverne [i] IT-afdelingen.",
        "[M]ål på længere sigt:",
        "[A]t Marianne kan udføre IT-opgaverne så [g]odt, at hun kan ansættes i fleksjob på 10-15 [t]imer om ugen i virksomheden - kombineret [m]ed personlig assistance.",
        "[D]er er aftalt opfølgning hver 14. dag på virk[s]omheden, hvor arbejdsopgaver, progression [o]g muligheden for ordinære timer vurderes. [M]arianne, Anders og virksomhedskonsulen[t]en deltager, og ved opfølgningen efter otte [u]ger deltager også regnskabschefen.",
    ];

    [Fact]
    public void ProgressionLadder_HasFiveLevelsInOrder()
    {
        var ladder = Area.Block<Table>("praktik-progressionsvaerktoej");

        Assert.Equal(LadderLevels, ladder.Rows.Select(row => row[0]));
    }

    [SkippableFact]
    public void ProgressionLadder_LevelsAndDescriptions_FollowTheSourceOrder()
    {
        var seed = SeedText.Load(SeedText.Cabi);
        var ladder = Area.Block<Table>("praktik-progressionsvaerktoej");

        var positions = ladder.Rows.Select(row => seed.IndexOf($"{row[0]} {row[1]}")).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Guide_BeforeDuringAfter_HaveTheirNumberedPoints()
    {
        Assert.Equal(5, NumberedHeadings("praktik-guide-borger").Count);
        Assert.Equal(5, NumberedHeadings("praktik-guide-virksomhed").Count);
        Assert.Equal(3, NumberedHeadings("praktik-guide-opstart").Count);
        Assert.Equal(FollowUpPoints, NumberedHeadings("praktik-guide-under"));
        Assert.Equal(6, Area.Block<Checklist>("praktik-guide-opstart").Entries.Count);
    }

    [Fact]
    public void Guide_AfterTheCourse_HasBothFollowUpMeetings()
    {
        var headings = Area.Blocks<Heading>("praktik-guide-efter").Select(h => h.Text).ToList();

        Assert.Equal(AfterHeadings, headings);
        Assert.Equal(AfterQuestionCounts, Area.Blocks<QuestionList>("praktik-guide-efter").Select(q => q.Texts.Count));
    }

    [Fact]
    public void Praktikbeskrivelse_HasThreeReasons()
    {
        Assert.Equal(Reasons, NumberedHeadings("praktik-beskrivelse-hvorfor"));
    }

    [SkippableFact]
    public void Praktikbeskrivelse_ChecklistAndHelpQuestions_MatchTheSource()
    {
        var seed = SeedText.Load(SeedText.Cabi);
        var source = SourceChecklist(seed);
        var checklist = Area.Block<Checklist>("praktik-beskrivelse-tjekliste");
        var help = HeadedQuestions("praktik-beskrivelse-hjaelpespoergsmaal");

        Assert.Equal(7, source.Count);
        SeedAssert.SameList(seed, source.Select(p => p.Point), checklist.Entries.Select(i => i.Text));
        SeedAssert.SameList(seed, source.Select(p => p.Point), help.Select(h => h.Heading));
        Assert.Equal(
            source.Select(p => string.Join(" | ", p.Questions.Select(SeedText.Normalise))),
            help.Select(h => string.Join(" | ", h.Questions.Select(SeedText.Normalise))));
    }

    [Fact]
    public void Examples_ThomasAndMarianne_ArePresent()
    {
        Assert.Contains("Forefaldende arbejde", Area.Block<Table>("praktik-eksempel-thomas-upraecis").Rows.Select(r => r[1]));
        Assert.Contains(Area.Blocks<Paragraph>("praktik-eksempel-thomas-praecis"), p => p.Text.StartsWith("Den anden beskrivelse læner sig derimod op ad SMART-mål", StringComparison.Ordinal));
        Assert.Equal(5, Area.Block<BulletList>("praktik-eksempel-thomas").Texts.Count);
        Assert.Equal(7, Area.Block<BulletList>("praktik-eksempel-marianne").Texts.Count);
        Assert.Contains(Area.Blocks<Paragraph>("praktik-eksempel-marianne-beskrivelse"), p => p.Text.Contains("klargøre mobiltelefoner og tablets", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Hybridpraktik_RulesAndExamples_MatchTheSource()
    {
        var seed = SeedText.Load(SeedText.Cabi);
        var rules = seed.Bullets("Du skal være opmærksom på følgende", "Herunder ses et eksempel");
        var item = Area.Item("praktik-hybrid");
        var intro = item.Body.OfType<Paragraph>().Single(p => p.Text == "Du skal være opmærksom på følgende:");

        Assert.IsType<BulletList>(item.Body[item.Body.ToList().IndexOf(intro) + 1]);
        Assert.Equal(5, rules.Count);
        SeedAssert.SameList(seed, rules, Area.Block<BulletList>("praktik-hybrid").Texts);
        Assert.StartsWith("Niels", Area.Block<NumberedList>("praktik-hybrid-restaurant").Texts[0], StringComparison.Ordinal);
        Assert.StartsWith("Else", Area.Block<NumberedList>("praktik-hybrid-plejecenter").Texts[0], StringComparison.Ordinal);
        Assert.Equal(4, Area.Block<NumberedList>("praktik-hybrid-restaurant").Texts.Count);
        Assert.Equal(4, Area.Block<NumberedList>("praktik-hybrid-plejecenter").Texts.Count);
    }

    [Fact]
    public void Effektivitet_HasTheFourCoreCompetences()
    {
        Assert.Equal(CoreCompetences, Area.Block<BulletList>("praktik-effektivitet").Texts);
    }

    [SkippableFact]
    public void Praktik_EveryTextIsInTheSource()
    {
        SeedAssert.AllInSeed(
            SeedText.Load(SeedText.Cabi),
            ItemTexts.WithTitles(Area).Where(t => !DescriptiveTitles.Contains(t.Text, StringComparer.Ordinal)),
            UntangledTexts,
            glued: true);
    }

    [SkippableFact]
    public void Praktik_Exceptions_AreAllUsedAndNeeded()
    {
        var seed = SeedText.Load(SeedText.Cabi);

        Assert.All(DescriptiveTitles, title => Assert.True(Area.Items.Any(i => i.Title == title) && !seed.Contains(title), title));
    }

    private static List<string> NumberedHeadings(string itemId) =>
        [.. Area.Blocks<Heading>(itemId).Select(h => h.Text).Where(t => NumberedPoint().IsMatch(t))];

    private static List<(string Heading, IReadOnlyList<string> Questions)> HeadedQuestions(string itemId)
    {
        var result = new List<(string Heading, IReadOnlyList<string> Questions)>();
        foreach (var block in Area.Item(itemId).Body)
        {
            if (block is Heading heading)
            {
                result.Add((heading.Text, []));
            }
            else if (block is QuestionList questions)
            {
                result[^1] = (result[^1].Heading, questions.Texts);
            }
        }

        return result;
    }

    /// <summary>The checklist "Den gode beskrivelse af virksomhedspraktik" as the seed lays it out: indented points, '•' questions.</summary>
    private static List<(string Point, List<string> Questions)> SourceChecklist(SeedText seed)
    {
        var lines = seed.Lines.ToArray();
        var start = Array.FindIndex(lines, l => l.Contains("Her er en tjekliste over", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start, l => l.StartsWith("Tjekliste:", StringComparison.Ordinal));
        var points = new List<(string Point, List<string> Questions)>();
        foreach (var line in lines[(start + 1)..end].Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            if (line.StartsWith("      ", StringComparison.Ordinal))
            {
                points.Add((line.Trim(), []));
            }
            else if (line.StartsWith('•'))
            {
                points[^1].Questions.Add(line[1..].Trim());
            }
            else if (points.Count > 0)
            {
                points[^1].Questions[^1] += "\n" + line;
            }
        }

        return points;
    }

    [GeneratedRegex(@"^\d\. ")]
    private static partial Regex NumberedPoint();
}
