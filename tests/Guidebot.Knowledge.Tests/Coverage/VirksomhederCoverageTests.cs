namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>
/// The employer area (Cabi's handbook: Kerneopgaven, chapter 1 and the employer-facing end of chapter 5): the
/// seven motivation factors, Porter's value chain, the two toolboxes, the checklists and question lists — each
/// as long as the source's — and the Fra/Til figure as a table.
/// </summary>
public sealed class VirksomhederCoverageTests
{
    private const string MotivationPrefix = "virksomheder-motivation-";

    private static readonly Area Area = RepoCards.Area("virksomheder");

    [Fact]
    public void MotivationFactors_SevenItems_RightAfterTheOverviewThatNamesThem()
    {
        var factors = Area.Items.Where(i => i.Id.StartsWith(MotivationPrefix, StringComparison.Ordinal)).ToList();
        var overviewIndex = Area.Items.ToList().FindIndex(i => i.Id == "virksomheder-overbevist");

        Assert.Equal(7, factors.Count);
        Assert.Equal(factors.Select(f => f.Id), Area.Items.Skip(overviewIndex + 1).Take(7).Select(i => i.Id));
        Assert.Equal(factors.Select(f => f.Title), Area.Block<BulletList>("virksomheder-overbevist").Texts);
        Assert.All(factors, f => Assert.StartsWith(f.Title, Assert.Single(f.Body.OfType<Paragraph>()).Text, StringComparison.Ordinal));
    }

    [Fact]
    public void PortersValueChain_FourPrimaryAndFourSupportActivities()
    {
        Assert.Equal(4, Area.Block<BulletList>("virksomheder-porter").Texts.Count);
        Assert.Equal(4, Area.Block<BulletList>("virksomheder-porter-stoettefunktioner").Texts.Count);
    }

    [Fact]
    public void Toolboxes_BigAndBasic_Complete()
    {
        Assert.Equal(8, Area.Block<BulletList>("virksomheder-store-vaerktoejskasse").Texts.Count);
        Assert.Equal(12, Area.Block<BulletList>("virksomheder-basale-vaerktoejskasse").Texts.Count);
    }

    [Theory]
    [InlineData("virksomheder-forberedelse", typeof(Checklist), 9)]
    [InlineData("virksomheder-tip-kontakt", typeof(Checklist), 5)]
    [InlineData("virksomheder-konkret-borger", typeof(Checklist), 6)]
    [InlineData("virksomheder-indledende-dialog", typeof(QuestionList), 5)]
    [InlineData("virksomheder-tal-om-loennede-timer", typeof(QuestionList), 9)]
    [InlineData("virksomheder-hvor-starter-dialogen", typeof(QuestionList), 4)]
    [InlineData("virksomheder-rekrutteringspartner", typeof(BulletList), 9)]
    [InlineData("virksomheder-argumenter", typeof(BulletList), 3)]
    [InlineData("virksomheder-hjaelp", typeof(BulletList), 5)]
    public void ListsAndChecklists_HaveTheSourcesCounts(string itemId, Type listKind, int count)
    {
        Assert.Equal(count, Area.Entries(itemId, listKind).Count);
    }

    [Fact]
    public void FromToFigure_IsATableOfJobcentreAndCompany_FromAndTo()
    {
        var table = Area.Block<Table>("virksomheder-fra-til");

        Assert.Equal(3, table.Columns.Count);
        Assert.Equal(2, table.Rows.Count);
        Assert.Single(Area.Blocks<Note>("virksomheder-fra-til"));
    }

    [Fact]
    public void EsgQuestions_FiveThemes_EachFollowedByQuestions()
    {
        var body = Area.Item("virksomheder-esg-spoergsmaal").Body;

        Assert.Equal(5, body.OfType<Heading>().Count());
        Assert.All(body.Select((block, index) => (block, index)).Where(b => b.block is Heading), heading => Assert.IsType<QuestionList>(body[heading.index + 1]));
    }

    [Fact]
    public void SocialResponsibilityTools_FourNamed_AndTheCalculatorHasItsCard()
    {
        Assert.Equal(4, Area.Block<BulletList>("virksomheder-bliv-klogere").Texts.Count);
        Assert.NotNull(RepoCards.Guide.FindItem("virksomheder-social-beregner"));
    }
}
