namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>
/// Every text a card shows from a source document stands in that document, word for word, or differs from it
/// only through cards/corrections.yaml — the one reviewed list of deliberate changes. A methods consultant who
/// rewords a card sees one line per changed text here and nowhere else; the corrections themselves are checked
/// so the list cannot go stale.
/// </summary>
public sealed class SourceFaithfulnessTests
{
    private const string CorrectionsFile = "corrections.yaml";

    private static Corrections Corrections => RepoCards.Corrections;

    [SkippableFact]
    public void EveryText_OfAnItemFromASource_StandsInTheSourceOrInAReviewedCorrection()
    {
        var failures = new List<string>();
        foreach (var item in ItemsWithSeeds())
        {
            var seed = SourceSeeds.For(item.Source.Document.Id);
            var corrected = Corrections.Changes.Where(c => c.ItemId == item.Id).Select(c => seed.Corrected(c.Source, c.Corrected)).ToList();
            failures.AddRange(SourceTexts(item)
                .Where(text => !seed.Contains(text) && !corrected.Any(version => version.Contains(text)))
                .Select(text => $"areas/{item.AreaId}.yaml item '{item.Id}': \"{text}\" is not in {item.Source.Document.Id} (add a correction if the change is deliberate)"));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} text(s) differ from their source document:\n{string.Join('\n', failures)}");
    }

    [SkippableFact]
    public void EveryCorrection_IsStillInUse_ItsSourceInTheDocumentAndItsCorrectionOnTheCard()
    {
        var failures = new List<string>();
        foreach (var correction in Corrections.Changes.Where(c => SourceSeeds.Has(c.DocumentId)))
        {
            var seed = SourceSeeds.For(correction.DocumentId);
            var item = RepoCards.Guide.FindItem(correction.ItemId)!;
            var where = $"{CorrectionsFile} item '{correction.ItemId}'";
            if (!seed.ContainsPiece(correction.Source))
            {
                failures.Add($"{where}: source \"{correction.Source}\" is not in {correction.DocumentId} (copy the document's own words)");
            }

            // A correction may span texts that the extraction ran together (a heading and its text, a table's two cells).
            if (!seed.Comparable(string.Join(' ', SourceTexts(item))).Contains(seed.Comparable(correction.Corrected), StringComparison.Ordinal))
            {
                failures.Add($"{where}: \"{correction.Corrected}\" is not on the card any more (remove the correction)");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [SkippableFact]
    public void EveryOwnWording_IsATitleOrLabelOfItsItem_AndNotTheSources()
    {
        var failures = new List<string>();
        foreach (var own in Corrections.OwnWording)
        {
            var item = RepoCards.Guide.FindItem(own.ItemId)!;
            var where = $"{CorrectionsFile} ownWording item '{own.ItemId}'";
            if (!Labels(item).Contains(own.Text, StringComparer.Ordinal))
            {
                failures.Add($"{where}: \"{own.Text}\" is not the item's title, a heading or a table heading (remove the entry)");
            }

            if (SourceSeeds.Has(item.Source.Document.Id) && SourceSeeds.For(item.Source.Document.Id).Contains(own.Text))
            {
                failures.Add($"{where}: \"{own.Text}\" is the source's own wording (remove the entry)");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Corrections_EveryEntry_SaysWhy()
    {
        Assert.NotEmpty(Corrections.Changes);
        Assert.All(Corrections.Changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason), c.Source));
        Assert.All(Corrections.OwnWording, o => Assert.False(string.IsNullOrWhiteSpace(o.Reason), o.Text));
    }

    private static IEnumerable<Item> ItemsWithSeeds() =>
        RepoCards.Guide.Items.Where(item => !item.Source.Document.IsBotsOwn && SourceSeeds.Has(item.Source.Document.Id));

    /// <summary>The item's title and body texts that are the source's words: everything but the bot's own labels.</summary>
    private static IEnumerable<string> SourceTexts(Item item)
    {
        var own = Corrections.OwnWording.Where(o => o.ItemId == item.Id).Select(o => o.Text).ToHashSet(StringComparer.Ordinal);
        return ItemTexts.Of(item).Prepend(item.Title).Where(text => !own.Contains(text));
    }

    /// <summary>The texts of an item that label rather than say: its title, headings and table headings.</summary>
    private static IEnumerable<string> Labels(Item item) =>
        item.Body.SelectMany(block => block switch
        {
            Heading heading => [heading.Text],
            Table table => table.Columns,
            _ => Enumerable.Empty<string>(),
        }).Prepend(item.Title);
}
