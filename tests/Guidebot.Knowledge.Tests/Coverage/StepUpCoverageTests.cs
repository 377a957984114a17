namespace Guidebot.Knowledge.Tests.Coverage;

public sealed class StepUpCoverageTests
{
    private const string AreaId = "step-up";

    private static readonly Area Area = RepoCards.Area(AreaId);

    /// <summary>
    /// What a dialog needs per barrier type, as (item id, checklist id or null, checklist item ids or null).
    /// This is the contract the step-up dialog builds on.
    /// </summary>
    public static TheoryData<string, string, string?, string[]?> DialogParts => new()
    {
        { "helbred", "step-up-maalgruppe", "maalgruppe", ["gruppe-1", "helbred"] },
        { "helbred", "step-up-spoergsmaal-helbred", null, null },
        { "helbred", "step-up-tjekliste-helbred", "deltagere-helbred", null },
        { "helbred", "step-up-tjekliste-helbred", "dokumenter-helbred", null },
        { "helbred", "step-up-aftalespoergsmaal", "aftalespoergsmaal", null },
        { "helbred", "step-up-samtykke", "samtykke", ["samtykke-dele-indhente"] },
        { "familie", "step-up-maalgruppe", "maalgruppe", ["gruppe-1", "familie"] },
        { "familie", "step-up-spoergsmaal-familie", null, null },
        { "familie", "step-up-tjekliste-familie", "deltagere-familie", null },
        { "familie", "step-up-tjekliste-familie", "dokumenter-familie", null },
        { "familie", "step-up-aftalespoergsmaal", "aftalespoergsmaal", null },
        { "familie", "step-up-samtykke", "samtykke", ["samtykke-dele-indhente"] },
    };

    [Fact]
    public void Area_TitleAndMenuPosition_StepUpAfterFlereSkalMed()
    {
        var areaIds = RepoCards.Guide.Areas.Select(a => a.Id).ToList();

        Assert.Equal("Step-up tjeklister", Area.Title);
        Assert.True(areaIds.IndexOf(AreaId) > areaIds.IndexOf("flere-skal-med"));
    }

    [Theory]
    [MemberData(nameof(DialogParts))]
    public void DialogParts_PerBarrierType_Exist(string barrier, string itemId, string? checklistId, string[]? itemIds)
    {
        var item = Item(itemId);

        Assert.False(string.IsNullOrEmpty(barrier));
        if (checklistId is null)
        {
            Assert.Equal(3, item.Body.OfType<QuestionList>().Single().Texts.Count);
            return;
        }

        var checklist = Checklist(itemId, checklistId);
        Assert.All(itemIds ?? [], id => Assert.Contains(checklist.Entries, i => i.Id == id));
    }

    [Fact]
    public void Elements_AreTheThreeInOrder()
    {
        var elements = Item("step-up-elementer").Body.OfType<BulletList>().Single().Texts;

        Assert.Collection(
            elements,
            e => Assert.StartsWith("a) Forberedelse ", e, StringComparison.Ordinal),
            e => Assert.StartsWith("b) 1-2 tværfaglige samtaler, ", e, StringComparison.Ordinal),
            e => Assert.StartsWith("c) Aftaledokument, ", e, StringComparison.Ordinal));
        Assert.Equal(
            ["step-up-forberedelse", "step-up-samtale", "step-up-aftaledokument"],
            Area.Items.Select(i => i.Id).Where(id => id is "step-up-forberedelse" or "step-up-samtale" or "step-up-aftaledokument"));
    }

    [SkippableFact]
    public void TargetGroup_GeneralHealthAndFamily_MatchTheSource()
    {
        var seed = SeedText.Load(SeedText.FlereSkalMed);
        var checklist = Checklist("step-up-maalgruppe", "maalgruppe");

        Assert.Equal(["gruppe-1", "helbred", "familie"], checklist.Entries.Select(i => i.Id));
        SeedAssert.SameBullets(seed, "Målgruppe for ”step-up”-indsatsen", "Redskaber:", checklist.Entries.Select(i => i.Text));
    }

    [SkippableFact]
    public void ConversationQuestions_HealthAndFamily_MatchTheSource()
    {
        var seed = SeedText.Load(SeedText.FlereSkalMed);

        SeedAssert.SameBullets(
            seed,
            "Borgere med helbredsmæssige barrierer for job",
            "Forsørgere med familierelaterede barrierer for job",
            Item("step-up-spoergsmaal-helbred").Body.OfType<QuestionList>().Single().Texts);
        SeedAssert.SameBullets(
            seed,
            "Forsørgere med familierelaterede barrierer for job",
            "Aftaleskabelon udfyldes",
            Item("step-up-spoergsmaal-familie").Body.OfType<QuestionList>().Single().Texts);
    }

    [SkippableFact]
    public void Participants_Health_CompleteAndInSourceOrder()
    {
        var seed = SeedText.Load(SeedText.FlereSkalMed);
        var checklist = Checklist("step-up-tjekliste-helbred", "deltagere-helbred");

        Assert.Equal(["borger", "sagsbehandler-og-jobformidler", "sundhedsfaglig-person", "netvaerk"], checklist.Entries.Select(i => i.Id));
        SeedAssert.SameBullets(
            seed,
            "Hvem skal være til stede ved de tværfaglige samtaler?",
            "Hvilke dokumenter",
            checklist.Entries.Select(i => i.Text));
    }

    [SkippableFact]
    public void Documents_Health_CompleteAndInSourceOrder()
    {
        var seed = SeedText.Load(SeedText.FlereSkalMed);
        var checklist = Checklist("step-up-tjekliste-helbred", "dokumenter-helbred");

        Assert.Equal(["laegedokumenter", "forberedelsesmateriale", "cv-og-jobmaal"], checklist.Entries.Select(i => i.Id));
        SeedAssert.SameBullets(
            seed,
            "forberedesen tilr den tværfaglige samtale?",
            "Redskaber:",
            checklist.Entries.Select(i => i.Text));
    }

    [SkippableFact]
    public void Participants_Family_CompleteAndInSourceOrder()
    {
        var seed = SeedText.Load(SeedText.FlereSkalMed);
        var checklist = Checklist("step-up-tjekliste-familie", "deltagere-familie");

        Assert.Equal(
            ["borger", "sagsbehandler-og-jobformidler", "familiefaglig-person", "fagpersoner-om-barn", "netvaerk"],
            checklist.Entries.Select(i => i.Id));
        SeedAssert.SameBullets(
            seed,
            "Hvem skal være til stede i de tværfaglige samtaler?",
            "Hvilke dokumenter",
            checklist.Entries.Select(i => i.Text));
    }

    [SkippableFact]
    public void Documents_Family_CompleteAndInSourceOrder()
    {
        var seed = SeedText.Load(SeedText.FlereSkalMed);
        var checklist = Checklist("step-up-tjekliste-familie", "dokumenter-familie");

        Assert.Equal(["sager-paa-barn", "forberedelsesmateriale", "cv-og-jobmaal", "status-barrierer"], checklist.Entries.Select(i => i.Id));
        SeedAssert.SameBullets(
            seed,
            "forberedelsen til den tværfaglige samtale?",
            "Redskaber:",
            checklist.Entries.Select(i => i.Text));
    }

    [SkippableFact]
    public void AgreementQuestions_AllSixInSourceOrder()
    {
        var seed = SeedText.Load(SeedText.FlereSkalMed);
        var checklist = Checklist("step-up-aftalespoergsmaal", "aftalespoergsmaal");
        var source = seed.Between("med besvarelse af spørgsmål:", "Forud for de tværfaglige samtaler")
            .Split('?', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(q => q + "?")
            .ToList();

        Assert.Equal(6, checklist.Entries.Count);
        SeedAssert.SameList(seed, source, checklist.Entries.Select(i => i.Text));
    }

    [Fact]
    public void Consent_ReminderAndRequirement_ArePresent()
    {
        var reminder = Checklist("step-up-samtykke", "samtykke").Entries.Single();

        Assert.Equal("Samtykke til at dele og indhente borgers oplysninger med/fra andre forvaltningsområder", reminder.Text);
        Assert.Contains("Der skal indhentes samtykke fra borgeren.", ItemTexts.Of(Item("step-up-forberedelse")).ElementAt(1), StringComparison.Ordinal);
        Assert.EndsWith("efter samtykke fra borgeren", Checklist("step-up-tjekliste-familie", "dokumenter-familie").Entries[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_AllNameTheFsm2SourceAndCarryKeywords()
    {
        AreaAssert.ItemsCiteAndCarryKeywords(Area, "fsm2");
    }

    [SkippableFact]
    public void Texts_EveryParagraphListEntryQuestionAndChecklistItem_IsInTheSource()
    {
        // Every step-up title is the source's heading and every text is contiguous in the seed: no exceptions.
        SeedAssert.AllInSeed(SeedText.Load(SeedText.FlereSkalMed), ItemTexts.WithTitles(Area));
    }

    private static Item Item(string id) => Area.Item(id);

    private static Checklist Checklist(string itemId, string checklistId) => Area.Checklist(itemId, checklistId);
}
