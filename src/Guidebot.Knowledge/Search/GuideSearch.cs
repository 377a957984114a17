using Guidebot.Knowledge.Content;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Guidebot.Knowledge.Search;

/// <summary>
/// Danish free-text search over the guide. Build one from the loaded <see cref="Guide"/> at startup and share
/// it: it is immutable and thread-safe (one index, one searcher). <see cref="Search"/> never throws on what a
/// user types.
/// </summary>
/// <remarks>
/// A query is read as concepts (<see cref="ConceptParser"/>); each becomes a disjunction over title, keywords,
/// body and area title, with its synonyms and — for a word the guide does not know — the guide's words within
/// one or two edits. Items are ranked by BM25 with a coordination factor; when the query asks for questions or
/// a checklist, items that hold them rank first. An item is a good match when the concepts it holds carry at
/// least <see cref="MinCoverage"/> of the query's information (each concept weighted by its inverse document
/// frequency — a word found nowhere weighs as the rarest — and credited by the field it is in), so "pizza
/// opskrift" finds nothing rather than the item that happens to contain one common word. A situation card of
/// the bot's own is never an answer: <see cref="WaysIn"/> puts the source items it shows in its place.
/// </remarks>
public sealed class GuideSearch : IDisposable
{
    public const float MinCoverage = 0.4f;

    private const int PhraseSlop = 2;
    private const int MaxSuggestions = 3;
    private const float WantedKindBoost = 2f;

    // Items ranked this high are checked for coverage; a good match ranked lower than this is not missed in practice.
    private const int Candidates = 50;

    private readonly GuideIndex _index;
    private readonly ConceptParser _parser;
    private readonly SnippetBuilder _snippets;
    private readonly WaysIn _waysIn;

    public GuideSearch(Guide guide, IReadOnlyList<SynonymGroup> synonyms)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(synonyms);
        _index = new GuideIndex(guide);
        _parser = new ConceptParser(synonyms, guide.Items.SelectMany(item => item.Keywords), _index.Vocabulary);
        _snippets = new SnippetBuilder(_index);
        _waysIn = new WaysIn(_index);
    }

    /// <summary>Finds at most <paramref name="max"/> items for free text, best first, or says there is no good match.</summary>
    public SearchResult Search(string query, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var parsed = _parser.Parse(query);
        var concepts = parsed.Concepts.Select(c => ConceptMatch.Create(_index, c)).ToList();
        var weights = concepts.Select(c => c.Weight(_index.Count)).ToArray();
        var (answers, via) = _waysIn.Resolve([.. Rank(concepts, weights, parsed).Where(IsGood)], max, (doc, wayIn) => Adds(concepts, weights, doc, wayIn));
        var suggestions = Suggest(concepts);
        return answers.Count > 0
            ? new SearchResult(SearchResultKind.Match, [.. answers.Select(a => Hit(a, concepts))], suggestions) { Via = via is { } doc ? _index.ItemAt(doc) : null }
            : SearchResult.NoGoodMatch(suggestions);
    }

    public void Dispose() => _index.Dispose();

    private static bool IsGood(Candidate candidate) => candidate.Coverage >= MinCoverage;

    private bool Finds(string query)
    {
        List<ConceptMatch> concepts = [.. _parser.Parse(query).Concepts.Select(c => ConceptMatch.Create(_index, c))];
        return Rank(concepts, [.. concepts.Select(c => c.Weight(_index.Count))], new ParsedQuery([], [], Wants.Anything)).Any(IsGood);
    }

    // What an item a situation card shows adds to the card: the weight of the query's concepts it holds and the card does not.
    private static float Adds(List<ConceptMatch> concepts, float[] weights, int doc, int wayIn) =>
        concepts.Select((c, i) => c.Credit(wayIn) == 0 ? c.Credit(doc) * weights[i] : 0).Sum();

    // The best-scored candidates with their coverage, best first.
    private List<Candidate> Rank(List<ConceptMatch> concepts, float[] weights, ParsedQuery parsed)
    {
        if (concepts.All(c => c.DocFreq == 0))
        {
            return [];
        }

        var query = new BooleanQuery(disableCoord: false);
        foreach (var concept in concepts)
        {
            query.Add(concept.Query, Occur.SHOULD);
        }

        if (parsed.Phrase.Count > 1)
        {
            query.Add(PhraseBonus(parsed.Phrase), Occur.SHOULD);
        }

        var total = weights.Sum();
        return [.. _index.Searcher.Search(query, Candidates).ScoreDocs
            .Select(scoreDoc => new Candidate(scoreDoc.Doc, Boosted(scoreDoc, parsed), concepts.Select((c, i) => c.Credit(scoreDoc.Doc) * weights[i]).Sum() / total))
            .OrderByDescending(candidate => candidate.Score)];
    }

    private SearchHit Hit(Candidate answer, List<ConceptMatch> concepts) =>
        new(_index.ItemAt(answer.Doc), answer.Score, answer.Coverage, _snippets.Build(answer.Doc, concepts));

    // Asked for questions ("spørgsmål til …") or a checklist, an item that holds them beats one that only talks about them.
    private float Boosted(ScoreDoc scoreDoc, ParsedQuery parsed) =>
        parsed.Wants != Wants.Anything && _index.Offers(scoreDoc.Doc, parsed.Wants) ? scoreDoc.Score * WantedKindBoost : scoreDoc.Score;

    private static DisjunctionMaxQuery PhraseBonus(IReadOnlyList<string> stems)
    {
        var bonus = new DisjunctionMaxQuery(0);
        foreach (var (field, boost) in SearchFields.Weighted.Where(f => f.Field is SearchFields.Title or SearchFields.Keywords))
        {
            var phrase = new PhraseQuery { Slop = PhraseSlop, Boost = boost };
            foreach (var stem in stems)
            {
                phrase.Add(new Term(field, stem));
            }

            bonus.Add(phrase);
        }

        return bonus;
    }

    // "Mente du …?": each unknown word replaced by the guide word it was read as, kept only if it finds something.
    private List<string> Suggest(List<ConceptMatch> concepts)
    {
        var suggestions = new List<string>();
        if (!concepts.Any(c => c.IsUnknown && c.Corrections.Count > 0))
        {
            return suggestions;
        }

        for (var rank = 0; rank < MaxSuggestions; rank++)
        {
            var words = concepts.Select(c => c.IsUnknown && c.Corrections.Count > 0
                ? c.Corrections[Math.Min(rank, c.Corrections.Count - 1)]
                : c.Concept.Text);
            var suggestion = string.Join(' ', words);
            if (!suggestions.Contains(suggestion, StringComparer.Ordinal)
                && Finds(suggestion))
            {
                suggestions.Add(suggestion);
            }
        }

        return suggestions;
    }
}
