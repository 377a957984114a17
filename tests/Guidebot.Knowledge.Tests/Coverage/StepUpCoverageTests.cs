namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>
/// Step-up (Flere skal med II): the parts the step-up checklist tool builds on, per barrier type, each as long
/// as the source's list, and consent before any document is collected.
/// </summary>
public sealed class StepUpCoverageTests
{
    private static readonly Area Area = RepoCards.Area("step-up");

    /// <summary>
    /// What the tool needs per barrier type, as (item id, checklist id or null, checklist entry ids or null).
    /// This is the contract the step-up checklists build on.
    /// </summary>
    public static TheoryData<string, string, string?, string[]?> ToolParts => new()
    {
        { "helbred", "step-up-maalgruppe", "maalgruppe", ["gruppe-1", "helbred"] },
        { "helbred", "step-up-spoergsmaal-helbred", null, null },
        { "helbred", "step-up-tjekliste-helbred", "deltagere-helbred", ["borger", "sagsbehandler-og-jobformidler", "sundhedsfaglig-person", "netvaerk"] },
        { "helbred", "step-up-tjekliste-helbred", "dokumenter-helbred", ["laegedokumenter", "forberedelsesmateriale", "cv-og-jobmaal"] },
        { "helbred", "step-up-aftalespoergsmaal", "aftalespoergsmaal", null },
        { "helbred", "step-up-samtykke", "samtykke", ["samtykke-dele-indhente"] },
        { "familie", "step-up-maalgruppe", "maalgruppe", ["gruppe-1", "familie"] },
        { "familie", "step-up-spoergsmaal-familie", null, null },
        { "familie", "step-up-tjekliste-familie", "deltagere-familie", ["borger", "sagsbehandler-og-jobformidler", "familiefaglig-person", "fagpersoner-om-barn", "netvaerk"] },
        { "familie", "step-up-tjekliste-familie", "dokumenter-familie", ["sager-paa-barn", "forberedelsesmateriale", "cv-og-jobmaal", "status-barrierer"] },
        { "familie", "step-up-aftalespoergsmaal", "aftalespoergsmaal", null },
        { "familie", "step-up-samtykke", "samtykke", ["samtykke-dele-indhente"] },
    };

    [Theory]
    [MemberData(nameof(ToolParts))]
    public void ToolParts_PerBarrierType_Exist(string barrier, string itemId, string? checklistId, string[]? entryIds)
    {
        Assert.False(string.IsNullOrEmpty(barrier));
        if (checklistId is null)
        {
            Assert.Equal(3, Area.Block<QuestionList>(itemId).Texts.Count);
            return;
        }

        var checklist = Area.Checklist(itemId, checklistId);
        Assert.All(entryIds ?? [], id => Assert.Contains(checklist.Entries, entry => entry.Id == id));
    }

    [Fact]
    public void Elements_AreTheThreeInOrder_EachWithItsOwnItem()
    {
        var elements = Area.Block<BulletList>("step-up-elementer").Texts;

        Assert.Equal(["a) ", "b) ", "c) "], elements.Select(e => e[..3]));
        Assert.Equal(
            ["step-up-forberedelse", "step-up-samtale", "step-up-aftaledokument"],
            Area.Items.Select(i => i.Id).Where(id => id is "step-up-forberedelse" or "step-up-samtale" or "step-up-aftaledokument"));
    }

    [Fact]
    public void Conversation_ShowsTheQuestionsItIntroduces()
    {
        var show = Area.Block<Show>("step-up-samtale");

        Assert.Equal(["step-up-spoergsmaal-helbred", "step-up-spoergsmaal-familie"], show.Parts.Select(p => p.Item.Id));
    }

    [Fact]
    public void Consent_ComesBeforePreparationAndTheDocumentChecklists()
    {
        var ids = Area.Items.Select(i => i.Id).ToList();

        Assert.True(ids.IndexOf("step-up-samtykke") < ids.IndexOf("step-up-forberedelse"));
        Assert.True(ids.IndexOf("step-up-samtykke") < ids.IndexOf("step-up-tjekliste-helbred"));
        Assert.True(ids.IndexOf("step-up-samtykke") < ids.IndexOf("step-up-tjekliste-familie"));
        Assert.Contains(ItemTexts.Of(Area.Item("step-up-forberedelse")), text => text.Contains("samtykke", StringComparison.OrdinalIgnoreCase));
    }

    [SkippableTheory]
    [InlineData("step-up-maalgruppe", "maalgruppe", "Målgruppe for ”step-up”-indsatsen", "Redskaber:")]
    [InlineData("step-up-tjekliste-helbred", "deltagere-helbred", "Hvem skal være til stede ved de tværfaglige samtaler?", "Hvilke dokumenter")]
    [InlineData("step-up-tjekliste-helbred", "dokumenter-helbred", "forberedesen tilr den tværfaglige samtale?", "Redskaber:")]
    [InlineData("step-up-tjekliste-familie", "deltagere-familie", "Hvem skal være til stede i de tværfaglige samtaler?", "Hvilke dokumenter")]
    [InlineData("step-up-tjekliste-familie", "dokumenter-familie", "forberedelsen til den tværfaglige samtale?", "Redskaber:")]
    public void Checklists_HaveAsManyEntriesAsTheSource(string itemId, string checklistId, string start, string end)
    {
        Assert.Equal(SourceSeeds.For("fsm2").Bullets(start, end).Count, Area.Checklist(itemId, checklistId).Entries.Count);
    }

    [SkippableTheory]
    [InlineData("step-up-spoergsmaal-helbred", "Borgere med helbredsmæssige barrierer for job", "Forsørgere med familierelaterede barrierer for job")]
    [InlineData("step-up-spoergsmaal-familie", "Forsørgere med familierelaterede barrierer for job", "Aftaleskabelon udfyldes")]
    public void ConversationQuestions_AsManyAsTheSource(string itemId, string start, string end)
    {
        Assert.Equal(SourceSeeds.For("fsm2").Bullets(start, end).Count, Area.Block<QuestionList>(itemId).Texts.Count);
    }

    [SkippableFact]
    public void AgreementQuestions_AsManyAsTheSource()
    {
        var source = SourceSeeds.For("fsm2").Between("med besvarelse af spørgsmål:", "Forud for de tværfaglige samtaler").Count(c => c == '?');

        Assert.Equal(source, Area.Checklist("step-up-aftalespoergsmaal", "aftalespoergsmaal").Entries.Count);
    }
}
