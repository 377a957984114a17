namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>Flere skal med II: the three trin in order with their core elements, checklists, durations and contact rules, and the special principles.</summary>
public sealed class FlereSkalMedCoverageTests
{
    private static readonly Area Area = RepoCards.Area("flere-skal-med");

    [Fact]
    public void Trin_ThreeInOrder_EachFollowedByItsEnd()
    {
        var ids = Area.Items.Select(i => i.Id).ToList();
        string[] sequence =
        [
            "flere-skal-med-trin-1", "flere-skal-med-trin-1-afslutning",
            "flere-skal-med-trin-2", "flere-skal-med-trin-2-afslutning",
            "flere-skal-med-trin-3", "flere-skal-med-trin-3-afslutning",
        ];

        Assert.All(sequence, id => Assert.Contains(id, ids));
        Assert.Equal(sequence, sequence.OrderBy(ids.IndexOf));
        Assert.All(Enumerable.Range(1, 3), n => Assert.StartsWith($"Trin {n}", Area.Item($"flere-skal-med-trin-{n}").Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Trin_EveryTrinItem_BelongsBetweenItsOwnTrinAndTheNext()
    {
        var ids = Area.Items.Select(i => i.Id).ToList();

        foreach (var n in Enumerable.Range(1, 2))
        {
            var start = ids.IndexOf($"flere-skal-med-trin-{n}");
            var next = ids.IndexOf($"flere-skal-med-trin-{n + 1}");
            Assert.All(ids.Where(id => id.StartsWith($"flere-skal-med-trin-{n}-", StringComparison.Ordinal)), id =>
                Assert.InRange(ids.IndexOf(id), start + 1, next - 1));
        }
    }

    [Theory]
    [InlineData("flere-skal-med-trin-1-afslutning", "måned")]
    [InlineData("flere-skal-med-trin-2-afslutning", "13 uger")]
    [InlineData("flere-skal-med-trin-3-afslutning", "3-6 måneder")]
    [InlineData("flere-skal-med-trin-2-kontakt", "ugentligt")]
    [InlineData("flere-skal-med-trin-2-aftale", "om måneden")]
    public void DurationsAndContactRules_ArePresent(string itemId, string rule)
    {
        Assert.Contains(ItemTexts.Of(Area.Item(itemId)), text => text.Contains(rule, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("flere-skal-med-trin-2-tjekliste-jobmatch", "tjekliste-jobmatch", "Det individuelle jobmatch med fokus på ordinære timer:", "Redskaber:")]
    [InlineData("flere-skal-med-trin-2-tjekliste-aftale", "tjekliste-aftale", "Arbejds- og opfølgningsaftale:", "Vis omhu i brugen")]
    [InlineData("flere-skal-med-trin-3-tjekliste", "tjekliste-opfoelgning", "Jobformidlerens løbende opfølgning:", "Redskaber:")]
    public void Checklists_HaveAsManyEntriesAsTheSource(string itemId, string checklistId, string start, string end)
    {
        Assert.Equal(SourceSeeds.For("fsm2").Bullets(start, end).Count, Area.Checklist(itemId, checklistId).Entries.Count);
    }

    [Fact]
    public void Virksomhedspraktik_HasThreePurposes()
    {
        Assert.Equal(3, Area.Block<NumberedList>("flere-skal-med-virksomhedspraktik").Texts.Count);
    }

    [Fact]
    public void PersonligJobformidler_HasFourTrustConditionsAndThreeMakkerskabPoints()
    {
        var body = Area.Item("flere-skal-med-personlig-jobformidler").Body;

        Assert.Equal(4, Area.Block<NumberedList>("flere-skal-med-personlig-jobformidler").Texts.Count);
        Assert.Equal(3, body.OfType<BulletList>().First().Texts.Count);
    }

    [Fact]
    public void SpecialPrinciples_FourItems_InTheirSection()
    {
        string[] ids = ["flere-skal-med-fravaer", "flere-skal-med-branchepakker", "flere-skal-med-sprogkort", "flere-skal-med-sprogtolk"];

        Assert.All(ids, id => Assert.StartsWith("Særlige principper og redskaber", Area.Item(id).Source.Section, StringComparison.Ordinal));
        Assert.Equal(2, Area.Block<BulletList>("flere-skal-med-branchepakker").Texts.Count);
    }

    [Fact]
    public void CoreElements_TwoInTrin1TwoInTrin2OneInTrin3()
    {
        int CoreElements(int trin) => Area.Items.Count(i =>
            i.Id.StartsWith($"flere-skal-med-trin-{trin}-", StringComparison.Ordinal) && i.Body[0] is Heading { Text: "Kerneelement" });

        Assert.Equal([2, 2, 1], Enumerable.Range(1, 3).Select(CoreElements));
    }

    [Fact]
    public void Items_NoneIsStepUpContent()
    {
        Assert.DoesNotContain(Area.Items, i => i.Source.Section!.Contains("Step-up’ indsats", StringComparison.Ordinal));
    }
}
