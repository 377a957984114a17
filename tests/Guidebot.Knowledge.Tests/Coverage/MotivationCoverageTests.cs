namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>Motivation and forventningsafstemning (Cabi, chapter 2): the chapter's parts in order and each list as long as the source's.</summary>
public sealed class MotivationCoverageTests
{
    private static readonly Area Area = RepoCards.Area("motivation");

    [Fact]
    public void Items_CoverTheChapterInOrder()
    {
        Assert.Equal(
            [
                "motivation-kontakten-med-borgerne", "motivation-samarbejdet", "motivation-forventningsafstemning",
                "motivation-forudsaetninger", "motivation-samtaletips", "motivation-modstand", "motivation-rammer",
                "motivation-jobvejen", "motivation-kommende-medarbejder", "motivation-loennede-timer",
            ],
            Area.Items.Select(i => i.Id));
    }

    [SkippableTheory]
    [InlineData("motivation-forudsaetninger", typeof(NumberedList), "Det er derfor afgørende, at du som virksomhedskonsulent", "Tips til samtalen med tydelig")]
    [InlineData("motivation-samtaletips", typeof(NumberedList), "Tips til samtalen med tydelig", "Motivation")]
    [InlineData("motivation-modstand", typeof(BulletList), "Der kan være rigtig mange grunde til modstand", "I dialogen om jobmuligheder")]
    [InlineData("motivation-loennede-timer", typeof(BulletList), "og tro på job", "Det kan dog nogle gange")]
    public void Lists_HaveAsManyEntriesAsTheSource(string itemId, Type listKind, string start, string end)
    {
        Assert.Equal(SourceSeeds.For("cabi").Bullets(start, end).Count, Area.Entries(itemId, listKind).Count);
    }

    [Fact]
    public void Quotes_AllNameWhoSaidThem()
    {
        var quotes = Area.Items.SelectMany(i => i.Body).OfType<Quote>().ToList();

        Assert.Equal(6, quotes.Count);
        Assert.All(quotes, q => Assert.False(string.IsNullOrWhiteSpace(q.Who), q.Text));
    }

    [Fact]
    public void Jobvejen_FigureExplainedInANote_WithItsQuestions()
    {
        Assert.Single(Area.Blocks<Note>("motivation-jobvejen"));
        Assert.Equal(4, Area.Block<QuestionList>("motivation-jobvejen").Texts.Count);
    }
}
