using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Search;

/// <summary>
/// The bot's own cards that show source items (the situations, "Borgeren siger: ”Jeg har ondt”"): search finds
/// them by the words staff use, but they are a way in, not an answer. In a ranking, such a card gives its place
/// to the items it shows — those that add most to what the card matched first, else in the card's order — so
/// the first answer is always a source item, and the card itself is offered alongside (<see cref="SearchResult.Via"/>).
/// </summary>
internal sealed class WaysIn
{
    private readonly int[][] _shownByDoc;

    public WaysIn(GuideIndex index)
    {
        var docsById = Enumerable.Range(0, index.Count).ToDictionary(doc => index.ItemAt(doc).Id, StringComparer.Ordinal);
        _shownByDoc = [.. Enumerable.Range(0, index.Count).Select(doc => Shown(index.ItemAt(doc), docsById))];
    }

    /// <summary>
    /// The good matches with every way in replaced by what it shows, and the first way in that did so within
    /// <paramref name="max"/> answers. The items a card shows come in the order of what each <paramref name="adds"/>
    /// to the card (the query's words the card does not hold itself), then as the card lists them: "borgeren har
    /// ondt og kan ikke løfte" puts the item about lifting first; "borgeren har ondt" keeps the card's order.
    /// </summary>
    public (List<Candidate> Answers, int? Via) Resolve(IReadOnlyList<Candidate> ranked, int max, Func<int, int, float> adds)
    {
        var answers = new List<Candidate>(max);
        var taken = new HashSet<int>();
        int? via = null;
        foreach (var candidate in ranked)
        {
            if (answers.Count == max)
            {
                break;
            }

            var shown = _shownByDoc[candidate.Doc];
            via ??= shown.Length > 0 ? candidate.Doc : null;
            var replacements = shown.Length == 0 ? [candidate]
                : shown.OrderByDescending(doc => adds(doc, candidate.Doc)).Select(doc => candidate with { Doc = doc });
            answers.AddRange(replacements.Where(c => taken.Add(c.Doc)).Take(max - answers.Count));
        }

        return (answers, via);
    }

    // Only the bot's own cards are ways in: a source item that shows a part of another stays an answer itself.
    private static int[] Shown(Item item, Dictionary<string, int> docsById) =>
        item.Source.Document.IsBotsOwn
            ? [.. item.Body.OfType<Show>().SelectMany(show => show.Parts).Select(part => docsById[part.Item.Id]).Distinct()]
            : [];
}
