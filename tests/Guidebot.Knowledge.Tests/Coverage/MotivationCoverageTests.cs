namespace Guidebot.Knowledge.Tests.Coverage;

public sealed class MotivationCoverageTests
{
    private static readonly Area Area = RepoCards.Area("motivation");

    /// <summary>The page pointer dropped from a sentence (the graphic follows on the card): content wording → seed wording.</summary>
    private static readonly Dictionary<string, string> PageReferencesDropped = new(StringComparer.Ordinal)
    {
        ["bruge jobvejen."] = "bruge jobvejen, vist på næste side.",
    };

    [Fact]
    public void Premises_ForventningsafstemningWithCitizen_ThreeInOrder() =>
        AssertOpenings(["Første forudsætning", "Dernæst", "Herefter"], Area.Block<NumberedList>("motivation-forudsaetninger").Texts);

    [Fact]
    public void Tips_ConversationWithCitizen_FiveStepsInOrder() =>
        AssertOpenings(
            [
                "Hvad skal vi tale om?", "Borgerens ønsker til næste skridt", "Muligheder og særlige hensyn",
                "Er der indsatser, der skal koordineres?", "Opsamling og næste skridt",
            ],
            Area.Block<NumberedList>("motivation-samtaletips").Texts);

    [SkippableTheory]
    [InlineData("motivation-forudsaetninger", typeof(NumberedList), 3, "Det er derfor afgørende, at du som virksomhedskonsulent", "Tips til samtalen med tydelig")]
    [InlineData("motivation-samtaletips", typeof(NumberedList), 5, "Tips til samtalen med tydelig", "Motivation")]
    [InlineData("motivation-modstand", typeof(BulletList), 4, "Der kan være rigtig mange grunde til modstand", "I dialogen om jobmuligheder")]
    [InlineData("motivation-loennede-timer", typeof(BulletList), 6, "og tro på job", "Det kan dog nogle gange")]
    public void Lists_ComparedWithSeed_EveryEntryVerbatimInOrder(string itemId, Type listKind, int count, string start, string end)
    {
        var entries = Area.Entries(itemId, listKind);

        Assert.Equal(count, entries.Count);
        SeedAssert.SameBullets(SeedText.Load(SeedText.Cabi), start, end, entries);
    }

    [Fact]
    public void Quotes_FromCitizensAndOthers_AllNameWhoSaidThem()
    {
        var quotes = Area.Items.SelectMany(i => i.Body).OfType<Quote>().ToList();

        Assert.Equal(6, quotes.Count);
        Assert.All(quotes, q => Assert.False(string.IsNullOrWhiteSpace(q.Who), q.Text));
    }

    [Fact]
    public void Items_ResistanceAndResponse_CoverTheChapterInOrder()
    {
        Assert.Equal(
            [
                "motivation-kontakten-med-borgerne", "motivation-samarbejdet", "motivation-forventningsafstemning",
                "motivation-forudsaetninger", "motivation-samtaletips", "motivation-modstand", "motivation-rammer",
                "motivation-jobvejen", "motivation-kommende-medarbejder", "motivation-loennede-timer",
            ],
            Area.Items.Select(i => i.Id));
    }

    [SkippableFact]
    public void Motivation_EveryTextListEntryQuoteAndCell_IsInTheSeed()
    {
        SeedAssert.AllInSeed(SeedText.Load(SeedText.Cabi), ItemTexts.Of(Area), reworded: PageReferencesDropped);
    }

    /// <summary>Exactly as many steps as openings, each starting with its opening.</summary>
    private static void AssertOpenings(string[] openings, IReadOnlyList<string> steps)
    {
        Assert.Equal(openings.Length, steps.Count);
        Assert.All(openings.Zip(steps), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }
}
