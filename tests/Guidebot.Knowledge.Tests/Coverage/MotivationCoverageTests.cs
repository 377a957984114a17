using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tests.Support;

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
    public void Premises_ForventningsafstemningWithCitizen_ThreeInOrder()
    {
        var steps = CabiChapter2.Single<NumberedList>(Area, "motivation-forudsaetninger").Items;

        Assert.Equal(3, steps.Count);
        Assert.StartsWith("Første forudsætning", steps[0], StringComparison.Ordinal);
        Assert.StartsWith("Dernæst", steps[1], StringComparison.Ordinal);
        Assert.StartsWith("Herefter", steps[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Tips_ConversationWithCitizen_FiveStepsInOrder()
    {
        var steps = CabiChapter2.Single<NumberedList>(Area, "motivation-samtaletips").Items;

        Assert.Equal(5, steps.Count);
        Assert.StartsWith("Hvad skal vi tale om?", steps[0], StringComparison.Ordinal);
        Assert.StartsWith("Borgerens ønsker til næste skridt", steps[1], StringComparison.Ordinal);
        Assert.StartsWith("Muligheder og særlige hensyn", steps[2], StringComparison.Ordinal);
        Assert.StartsWith("Er der indsatser, der skal koordineres?", steps[3], StringComparison.Ordinal);
        Assert.StartsWith("Opsamling og næste skridt", steps[4], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Premises_ComparedWithSeed_AllThreeVerbatimInOrder()
    {
        var seed = CabiChapter2.SeedBullets("Det er derfor afgørende, at du som virksomhedskonsulent", "Tips til samtalen med tydelig");

        CabiChapter2.AssertSameList(seed, CabiChapter2.Single<NumberedList>(Area, "motivation-forudsaetninger").Items);
    }

    [SkippableFact]
    public void Tips_ComparedWithSeed_AllFiveVerbatimInOrder()
    {
        var seed = CabiChapter2.SeedBullets("Tips til samtalen med tydelig", "Motivation");

        CabiChapter2.AssertSameList(seed, CabiChapter2.Single<NumberedList>(Area, "motivation-samtaletips").Items);
    }

    [SkippableFact]
    public void Resistance_ComparedWithSeed_EveryReasonInOrder()
    {
        var seed = CabiChapter2.SeedBullets("Der kan være rigtig mange grunde til modstand", "I dialogen om jobmuligheder");
        var reasons = CabiChapter2.Single<BulletList>(Area, "motivation-modstand").Items;

        Assert.Equal(4, reasons.Count);
        CabiChapter2.AssertSameList(seed, reasons);
    }

    [SkippableFact]
    public void PaidHours_ComparedWithSeed_EveryReasonInOrder()
    {
        var seed = CabiChapter2.SeedBullets("og tro på job", "Det kan dog nogle gange");
        var reasons = CabiChapter2.Single<BulletList>(Area, "motivation-loennede-timer").Items;

        Assert.Equal(6, reasons.Count);
        CabiChapter2.AssertSameList(seed, reasons);
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
        CabiChapter2.AssertAllInSeed(Area, PageReferencesDropped, new Dictionary<string, string[]>(StringComparer.Ordinal));
    }
}

/// <summary>Checks shared by the coverage tests of chapter 2 of the Cabi handbook (spørgeteknik, motivation, skånehensyn).</summary>
internal static class CabiChapter2
{
    /// <summary>The single block of type <typeparamref name="T"/> in an item.</summary>
    public static T Single<T>(Area area, string itemId)
        where T : Block =>
        Assert.Single(area.Items.Single(i => i.Id == itemId).Body.OfType<T>());

    /// <summary>Every string a card shows from the body: paragraphs, headings, list entries, quotes, table cells, checklists.</summary>
    public static IEnumerable<(string ItemId, string Text)> Strings(Area area)
    {
        foreach (var item in area.Items)
        {
            foreach (var block in item.Body)
            {
                IEnumerable<string?> texts = block switch
                {
                    Paragraph p => [p.Text],
                    Heading h => [h.Text],
                    BulletList b => b.Items,
                    NumberedList n => n.Items,
                    QuestionList q => q.Questions,
                    Quote q => [q.Text, q.Who],
                    Table t => t.Columns.Concat(t.Rows.SelectMany(r => r)),
                    Checklist c => c.Items.Select(i => i.Text).Prepend(c.Title),
                    _ => throw new InvalidOperationException($"Unknown block {block.GetType().Name} in {item.Id}."),
                };

                foreach (var text in texts.OfType<string>())
                {
                    yield return (item.Id, text);
                }
            }
        }
    }

    /// <summary>
    /// Asserts that every string of the area occurs in the seed. In a string containing a key of
    /// <paramref name="pageReferencesDropped"/>, that key is put back in the seed's wording (with its page pointer)
    /// before the check; a string in <paramref name="untangledColumns"/> was interleaved with another column, so
    /// each of its fragments must occur instead (and together they must make up the string).
    /// </summary>
    public static void AssertAllInSeed(
        Area area,
        IReadOnlyDictionary<string, string> pageReferencesDropped,
        IReadOnlyDictionary<string, string[]> untangledColumns)
    {
        var seed = SeedText.Load(SeedText.Cabi);
        var missing = new List<string>();

        foreach (var (itemId, text) in Strings(area))
        {
            var mustOccur = untangledColumns.TryGetValue(text, out var fragments) ? fragments
                : [pageReferencesDropped.Aggregate(text, (t, r) => t.Replace(r.Key, r.Value, StringComparison.Ordinal))];

            if (fragments is not null && SeedText.Normalise(string.Join(' ', fragments)) != SeedText.Normalise(text))
            {
                missing.Add($"{itemId}: the listed fragments do not make up \"{text}\"");
            }

            missing.AddRange(mustOccur.Where(f => !seed.Contains(f)).Select(f => $"{itemId}: \"{f}\""));
        }

        Assert.True(missing.Count == 0, "Not found in the seed:\n" + string.Join('\n', missing));
        Assert.All(pageReferencesDropped.Keys, key =>
            Assert.Contains(Strings(area), s => s.Text.Contains(key, StringComparison.Ordinal)));
        Assert.All(untangledColumns.Keys, key => Assert.Contains(key, Strings(area).Select(s => s.Text)));
    }

    /// <summary>
    /// The bullet points (•) of the seed between the first line starting with <paramref name="after"/> and the next
    /// line starting with <paramref name="before"/>; continuation lines joined, each normalised.
    /// </summary>
    public static IReadOnlyList<string> SeedBullets(string after, string before)
    {
        var lines = File.ReadAllLines(SharedFolder.Require("seeds", SeedText.Cabi)).Select(l => l.Trim()).ToList();
        var start = lines.FindIndex(l => l.StartsWith(after, StringComparison.Ordinal));
        Assert.True(start >= 0, $"seed has no line starting with \"{after}\"");
        var end = lines.FindIndex(start + 1, l => l.StartsWith(before, StringComparison.Ordinal));
        Assert.True(end > start, $"seed has no line starting with \"{before}\" after \"{after}\"");

        var bullets = new List<string>();
        foreach (var line in lines.Skip(start + 1).Take(end - start - 1))
        {
            if (line.StartsWith('•'))
            {
                bullets.Add(line[1..]);
            }
            else if (bullets.Count > 0 && line.Length > 0)
            {
                bullets[^1] += "\n" + line;
            }
        }

        return bullets.Select(SeedText.Normalise).ToList();
    }

    /// <summary>Asserts that the content entries are the seed's entries, one for one and in order.</summary>
    public static void AssertSameList(IReadOnlyList<string> normalisedSeed, IReadOnlyList<string> content) =>
        Assert.Equal(normalisedSeed, content.Select(SeedText.Normalise));
}
