using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Search;

/// <summary>
/// The bot's own cards that show source items (the situations, "Borgeren siger: ”Jeg har ondt”"): search finds
/// them by the words staff use, but they are a way in, not an answer. In a ranking, such a card gives its place
/// to the items it shows — those the query scored best first, the others in the order the card lists them — so
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

    /// <summary>The ranking with every way in replaced by what it shows, and the first way in that did so within <paramref name="max"/> answers.</summary>
    public (List<Candidate> Answers, int? Via) Resolve(IReadOnlyList<Candidate> ranked, int max)
    {
        var scored = ranked.ToDictionary(c => c.Doc);
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
                : shown.Select(doc => scored.TryGetValue(doc, out var own) ? own : candidate with { Doc = doc, Score = 0 })
                    .OrderByDescending(c => c.Score)
                    .Select(c => c.Score > 0 ? c : c with { Score = candidate.Score });
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
