namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>
/// The employer area (Cabi's handbook: Kerneopgaven, chapter 1 and the employer-facing end of chapter 5):
/// the things the area must hold, and every piece of text checked against the seed.
/// </summary>
public sealed class VirksomhederCoverageTests
{
    private const string MotivationPrefix = "virksomheder-motivation-";

    private static readonly Area Area = RepoCards.Area("virksomheder");

    private static readonly string[] MotivationFactors =
    [
        "Det gode hjerte",
        "Den sociale profil",
        "Virksomhedens værdier",
        "Loyale medarbejdere",
        "Manglende arbejdskraft",
        "Samfundsansvar",
        "Omverden",
    ];

    private static readonly string[] BigToolbox =
    [
        "Hjælp til rekruttering",
        "PR og synlighed, CSR-priser og anerkendelser",
        "Fastholdelse og støtte til eksisterende medarbejdere",
        "Kendskab til mulighederne for kompetenceudvikling",
        "Voksenlærlingeordning, VEU, SVU",
        "Partnerskabsaftaler",
        "Støtte ved større afskedigelser",
        "Socialt frikort.",
    ];

    private static readonly string[] BasicToolbox =
    [
        "Lønnede timer og hybridpraktik",
        "Praktik",
        "Handicapkompenserende ordninger",
        "Løntilskud",
        "Hjælpemidler",
        "§ 56 som lønmodtager",
        "Kurser og opkvalificering",
        "Transport, befordring, arbejdstøj mv.",
        "Mentor",
        "Fleksjob",
        "Opfølgningsfrekvens",
        "Kontaktperson.",
    ];

    private static readonly string[] PreparationChecklist =
    [
        "Hvad laver den?",
        "Hvilke ansatte har den? (brancher, faglærte/ufaglærte)",
        "Hvor mange ansatte er der i virksomheden?",
        "Er den i vækst? (Tjek fx virksomhedens regnskaber)",
        "Har den haft ledige stillinger for nylig?",
        "Hvem skal du tale med?",
        "Hvad ved I allerede om virksomheden i jobcentret? (Tjek fx jeres interne IT-systemer)",
        "Hvad ved du om branchen?",
        "Er der geografiske vilkår, der har betydning for, om virksomheden mangler arbejdskraft?",
    ];

    private static readonly string[] PorterSupportActivities =
    [
        "Virksomhedens infrastruktur",
        "Menneskelige ressourcer og HR management",
        "Produkt- og teknologiudvikling",
        "Indkøb/forsyninger",
    ];

    private static readonly string[] PorterPrimaryActivityOpenings =
    [
        "Den indgående logistik",
        "Det næste er selve produktionen",
        "Den udgående logistik",
        "Endelig kan der også være jobfunktioner, der varetager markedsføring, salg og service",
    ];

    private static readonly string[] EsgThemes =
    [
        "Den gode business case",
        "Rettidig omhu",
        "Effektiv rekruttering",
        "Medarbejderudvikling",
        "Opgaveløsning",
    ];

    /// <summary>
    /// Texts that are not contiguous in the seed because the PDF put a figure or a label in the middle, or
    /// because a figure's labels had to be joined to its speech bubbles (see <see cref="Untangled"/>).
    /// </summary>
    private static readonly string[] UntangledTexts =
    [
        // Porter's figure labels (infrastruktur, HR, …) sit in the middle of this sentence in the seed.
        "Det næste er selve produktionen. Det kan fx være konkret produktion af betonelementerne, men for andre typer virksomheder kan man tænke det som virksomhedens kerneopgave, fx at afholde samtaler, rådgive om musikinstrumenter eller noget helt tredje. Her kan det |være en god idé at spørge virksomheden om, hvilke opgaver der knytter sig hertil, da der kan være mange opgaver forbundet med kerneopgaven. Her kan både være opgaver af lettere karakter og opgaver, der kræver en mere specifik faglighed.",

        // "QR- koden" breaks at the hyphen; the seed's hyphenation rule joins it to "qrkoden".
        "Cabi har lavet et webinar om forhandlingsteknik, som du kan se eller gense via QR[-]koden. På webinaret kan du høre mere om, hvilke overvejelser du kan gøre dig, når du forhandler med virksomheder.",

        // A speech bubble broken after the slash: "produktion/ drift".
        "Hvordan ser jeres produktion/|drift ud det næste halve år? Sæsonen for xxx går i gang….",

        // The Fra/Til figure: the box labels (Jobcenter, Virksomhed, Fra) joined to their speech bubbles.
        "Jobcenter[: ]”Vil I hjælpe Peter?”",
        "Jobcenter[: ]”Hvad kan vi hjælpe jer med?” |”Hvilke opgaver har I, der ikke bliver løst i dag?”",
        "Virksomhed[: ]”Nej tak, vi har for travlt”",
        "Virksomhed[: ]”Vi har svært ved at skaffe arbejdskraft” |”Vi har brug for...” |”Hos os kan man godt møde lidt senere”",
        "Fra[: ]Fokus på jobcentrets mål og borgerens behov",
    ];

    [Fact]
    public void Area_Loaded_HasItsTitle()
    {
        Assert.Equal("Virksomheder: motivation & argumenter", Area.Title);
        Assert.False(string.IsNullOrWhiteSpace(Area.Summary));
    }

    [Fact]
    public void MotivationFactors_AreSevenItems_InTheSourcesOrder()
    {
        var factors = Area.Items.Where(i => i.Id.StartsWith(MotivationPrefix, StringComparison.Ordinal)).ToList();

        Assert.Equal(MotivationFactors, factors.Select(f => f.Title));
        Assert.All(factors, f =>
        {
            var text = Assert.Single(f.Body.OfType<Paragraph>()).Text;
            Assert.StartsWith(f.Title, text, StringComparison.Ordinal);
            Assert.True(text.Length > f.Title.Length + 40, $"{f.Id} lacks the source's explanation");
        });

        // The seven are consecutive, right after the overview that names them in the same order.
        var overviewIndex = Area.Items.ToList().FindIndex(i => i.Id == "virksomheder-overbevist");
        Assert.Equal(factors.Select(f => f.Id), Area.Items.Skip(overviewIndex + 1).Take(7).Select(i => i.Id));
        var overviewList = Assert.Single(Area.Items[overviewIndex].Body.OfType<BulletList>());
        Assert.Equal(MotivationFactors, overviewList.Texts);
    }

    [SkippableFact]
    public void MotivationFactors_AppearInTheSeed_InTheSameOrder()
    {
        var seed = SeedText.Load(SeedText.Cabi);
        var factorTexts = Area.Items
            .Where(i => i.Id.StartsWith(MotivationPrefix, StringComparison.Ordinal))
            .Select(i => i.Body.OfType<Paragraph>().Single().Text);

        var positions = factorTexts.Select(seed.IndexOf).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void PortersValueChain_HasEveryPrimaryAndSupportActivity()
    {
        var primary = Assert.Single(Item("virksomheder-porter").Body.OfType<BulletList>()).Texts;
        var support = Assert.Single(Item("virksomheder-porter-stoettefunktioner").Body.OfType<BulletList>()).Texts;

        Assert.Equal(PorterPrimaryActivityOpenings.Length, primary.Count);
        Assert.All(PorterPrimaryActivityOpenings.Zip(primary), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.Equal(PorterSupportActivities, support);
        Assert.Contains(Item("virksomheder-porter").Body.OfType<Paragraph>(), p => p.Text.StartsWith("Kilde: Michael E. Porter", StringComparison.Ordinal));
    }

    [Fact]
    public void Toolboxes_BigAndBasic_AreCompleteAndInOrder()
    {
        Assert.Equal(BigToolbox, Assert.Single(Item("virksomheder-store-vaerktoejskasse").Body.OfType<BulletList>()).Texts);
        Assert.Equal(BasicToolbox, Assert.Single(Item("virksomheder-basale-vaerktoejskasse").Body.OfType<BulletList>()).Texts);
    }

    [SkippableFact]
    public void RecruitmentCost_FiguresAreTheSources()
    {
        var seed = SeedText.Load(SeedText.Cabi);
        var text = string.Join(' ', Item("virksomheder-rekrutteringspris").Body.OfType<Paragraph>().Select(p => p.Text));

        Assert.Contains("14-16 ugers løn", text, StringComparison.Ordinal);
        Assert.Contains("10-20 procent af medarbejderens bruttoårsløn (Kilde HRguiden)", text, StringComparison.Ordinal);
        Assert.Contains("Ifølge Ofirs videncenter kan en fejlrekrutting koste en virksomhed en halv million kr. eller mere.", text, StringComparison.Ordinal);
        Assert.True(seed.Contains("en almindelig nyansættelse koster 14-16 ugers løn eller 10-20 procent af medarbejderens bruttoårsløn"));
    }

    [Fact]
    public void PreparationChecklist_IsComplete()
    {
        var checklist = Assert.Single(Item("virksomheder-forberedelse").Body.OfType<Checklist>());

        Assert.Equal("Tjek virksomhedens hjemmeside", checklist.Title);
        Assert.Equal(PreparationChecklist, checklist.Entries.Select(i => i.Text));
    }

    [Fact]
    public void ContactTip_ChecklistsAreComplete()
    {
        var tip = Assert.Single(Item("virksomheder-tip-kontakt").Body.OfType<Checklist>());
        var citizen = Assert.Single(Item("virksomheder-konkret-borger").Body.OfType<Checklist>());

        Assert.Equal(5, tip.Entries.Count);
        Assert.StartsWith("Hvad er dit mål med opringningen?", tip.Entries[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Overvej indvendinger.", tip.Entries[^1].Text, StringComparison.Ordinal);
        Assert.Equal(6, citizen.Entries.Count);
    }

    [Fact]
    public void FromToReframing_IsATwoColumnTable()
    {
        var table = Assert.Single(Item("virksomheder-fra-til").Body.OfType<Table>());

        Assert.Equal(["Fra", "Til"], table.Columns);
        Assert.Contains("”Vil I hjælpe Peter?”", table.Rows[0][0], StringComparison.Ordinal);
        Assert.Contains("”Hvad kan vi hjælpe jer med?”", table.Rows[0][1], StringComparison.Ordinal);
        Assert.Contains("”Nej tak, vi har for travlt”", table.Rows[1][0], StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionLists_HaveTheSourcesCounts()
    {
        Assert.Equal(5, Assert.Single(Item("virksomheder-indledende-dialog").Body.OfType<QuestionList>()).Texts.Count);
        Assert.Equal(9, Assert.Single(Item("virksomheder-tal-om-loennede-timer").Body.OfType<QuestionList>()).Texts.Count);
        Assert.Equal(4, Assert.Single(Item("virksomheder-hvor-starter-dialogen").Body.OfType<QuestionList>()).Texts.Count);
        Assert.Equal(9, Assert.Single(Item("virksomheder-rekrutteringspartner").Body.OfType<BulletList>()).Texts.Count);
        Assert.Equal(3, Assert.Single(Item("virksomheder-argumenter").Body.OfType<BulletList>()).Texts.Count);
        Assert.Equal(5, Assert.Single(Item("virksomheder-hjaelp").Body.OfType<BulletList>()).Texts.Count);
    }

    [Fact]
    public void EsgQuestions_HaveTheFiveThemesInOrder_EachWithQuestions()
    {
        var body = Item("virksomheder-esg-spoergsmaal").Body;
        var headings = body.OfType<Heading>().Select(h => h.Text);

        Assert.Equal(EsgThemes, headings);
        Assert.Equal(6, body.OfType<QuestionList>().Sum(q => q.Texts.Count));
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is Heading)
            {
                Assert.IsType<QuestionList>(body[i + 1]);
            }
        }
    }

    [Fact]
    public void SocialResponsibilityTools_AreAllNamed()
    {
        var tools = Assert.Single(Item("virksomheder-bliv-klogere").Body.OfType<BulletList>()).Texts;

        Assert.Equal(["Benchmarkmodellen", "Den sociale beregner", "Byggeriets sociale beregner", "ESG"], tools);
        Assert.NotNull(RepoCards.Guide.FindItem("virksomheder-social-beregner"));
    }

    [Fact]
    public void Items_AreFindableAndLinkedWithinTheArea()
    {
        var ids = Area.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);

        AreaAssert.ItemsCiteAndCarryKeywords(Area, "cabi");
        Assert.All(Area.Items, item => Assert.Contains(item.Related, ids.Contains));
    }

    [Fact]
    public void Items_AreShortEnoughForAPhone()
    {
        Assert.All(Area.Items, item =>
        {
            var words = Texts(item).Sum(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.True(words <= 260, $"{item.Id} has {words} words");
        });
    }

    [SkippableFact]
    public void EveryText_IsInTheSeed()
    {
        SeedAssert.AllInSeed(SeedText.Load(SeedText.Cabi), ItemTexts.Of(Area), UntangledTexts);
    }

    private static Item Item(string id) => Area.Item(id);

    private static IEnumerable<string> Texts(Item item) => ItemTexts.Of(item);
}
