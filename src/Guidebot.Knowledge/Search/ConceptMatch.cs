using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Guidebot.Knowledge.Search;

/// <summary>
/// A <see cref="QueryConcept"/> looked up in the index: its Lucene query (rewritten, so typo expansions are
/// fixed), the items it matches, how informative it is, and — for a word the guide does not know — the
/// guide's words it was read as.
/// </summary>
internal sealed class ConceptMatch
{
    private const float TieBreaker = 0.2f;
    private const float SynonymBoost = 0.8f;
    private const float TypoBoost = 0.7f;
    private const float CompoundHeadBoost = 0.6f;
    private const int MinTypoLength = 4;
    private const int MinCompoundHeadLength = 5;
    private const int TwoEditsLength = 8;
    private const int MaxExpansions = 20;

    private readonly float[] _credits;

    private ConceptMatch(QueryConcept concept, Query query, float[] credits, int docFreq, IReadOnlyList<string> corrections, bool isUnknown)
    {
        Concept = concept;
        Query = query;
        _credits = credits;
        DocFreq = docFreq;
        Corrections = corrections;
        IsUnknown = isUnknown;
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        Stems = terms.Where(t => t.Field != SearchFields.Words).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        Surfaces = terms.Where(t => t.Field == SearchFields.Words).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
    }

    public QueryConcept Concept { get; }

    public Query Query { get; }

    public int DocFreq { get; }

    /// <summary>True when the guide has none of the user's own words for this concept (a typo or a foreign topic).</summary>
    public bool IsUnknown { get; }

    /// <summary>The guide's words an unknown word was read as, best first.</summary>
    public IReadOnlyList<string> Corrections { get; }

    /// <summary>Stems (title, keywords, body, area) and unstemmed words (typo matches) this concept matches.</summary>
    public IReadOnlySet<string> Stems { get; }

    public IReadOnlySet<string> Surfaces { get; }

    /// <summary>
    /// BM25's inverse document frequency: a concept found in few items says more about what is wanted. A word
    /// found nowhere counts as much as the guide's rarest word (one item): it may be a topic the guide lacks
    /// ("pizza"), or just a word the guide happens not to use ("bestille").
    /// </summary>
    public float Weight(int documentCount)
    {
        var docFreq = Math.Max(DocFreq, 1);
        return (float)Math.Log(1 + ((documentCount - docFreq + 0.5) / (docFreq + 0.5)));
    }

    /// <summary>How strongly an item holds this concept: 0 when it does not, else <see cref="SearchFields.Credit"/> of the best field it is in.</summary>
    public float Credit(int doc) => _credits[doc];

    public static ConceptMatch Create(GuideIndex index, QueryConcept concept)
    {
        var query = new DisjunctionMaxQuery(TieBreaker);
        for (var f = 0; f < concept.Forms.Count; f++)
        {
            foreach (var (field, boost) in SearchFields.Weighted)
            {
                query.Add(FormQuery(index, field, concept.Forms[f], boost * (f == 0 ? 1 : SynonymBoost)));
            }
        }

        var isUnknown = concept.Forms[0].All(stem => !index.Vocabulary.HasStem(stem));
        var corrections = new List<string>();
        var word = concept.Surfaces[0];
        if (isUnknown && concept.IsSingleWord && word.Length >= MinTypoLength)
        {
            // A typo: the guide's words within one edit — or, for a long word with none, two — the first letter as typed.
            var typos = Typos(index, word, maxEdits: 1);
            if (typos.Count == 0 && word.Length >= TwoEditsLength)
            {
                typos = Typos(index, word, maxEdits: 2);
            }

            foreach (var typo in typos)
            {
                query.Add(typo);
            }

            corrections.AddRange(typos
                .OrderByDescending(q => q.Boost)
                .ThenByDescending(q => index.Reader.DocFreq(q.Term))
                .ThenBy(q => q.Term.Text, StringComparer.Ordinal)
                .Select(q => q.Term.Text));
        }

        if (isUnknown && concept.IsSingleWord && word.Length >= MinCompoundHeadLength)
        {
            // The first part of the guide's compounds: "hybrid" finds "hybridpraktik".
            foreach (var compound in index.Vocabulary.Neighbours.StartingWith(word, MaxExpansions))
            {
                query.Add(index.TermQuery(new Term(SearchFields.Words, compound), CompoundHeadBoost));
            }
        }

        var rewritten = index.Searcher.Rewrite(query);
        var (credits, docFreq) = MatchingDocs(index, rewritten, concept.Names);
        return new ConceptMatch(concept, rewritten, credits, docFreq, corrections, isUnknown);
    }

    // Each typo counts as much as it is like the word typed (Lucene's fuzzy similarity), in the guide's word order.
    private static IReadOnlyList<TermQuery> Typos(GuideIndex index, string word, int maxEdits) =>
    [
        .. index.Vocabulary.Neighbours.Typos(word, maxEdits, MaxExpansions)
            .OrderBy(typo => typo.Word, StringComparer.Ordinal)
            .Select(typo => index.TermQuery(new Term(SearchFields.Words, typo.Word), TypoBoost * typo.Similarity)),
    ];

    private static Query FormQuery(GuideIndex index, string field, IReadOnlyList<string> stems, float boost)
    {
        if (stems.Count == 1)
        {
            return index.TermQuery(new Term(field, stems[0]), boost);
        }

        var phrase = new PhraseQuery { Slop = 1, Boost = boost };
        foreach (var stem in stems)
        {
            phrase.Add(new Term(field, stem));
        }

        return phrase;
    }

    // A disjunction matches an item when any of its parts does, credited by the best field it matches in:
    // single terms are read from the index's cached postings; only what is left (phrases) is run as a query.
    // An item that holds what the word names ("spørgsmål": questions to ask) holds the concept, said or not.
    private static (float[] Credits, int DocFreq) MatchingDocs(GuideIndex index, Query query, Wants names)
    {
        var credits = new float[index.Count];
        for (var doc = 0; names != Wants.Anything && doc < index.Count; doc++)
        {
            credits[doc] = index.Offers(doc, names) ? 1 : 0;
        }

        foreach (var part in query is DisjunctionMaxQuery disjunction ? disjunction.Disjuncts : [query])
        {
            if (part is TermQuery term)
            {
                index.CreditDocsWith(term.Term, credits, SearchFields.Credit(term.Term.Field, phrase: false));
            }
            else if (part is PhraseQuery phrase)
            {
                CreditPhrase(index, phrase, credits);
            }
        }

        return (credits, credits.Count(credit => credit > 0));
    }

    private static void CreditPhrase(GuideIndex index, PhraseQuery phrase, float[] credits)
    {
        var credit = SearchFields.Credit(phrase.GetTerms()[0].Field, phrase: true);
        var weight = index.Searcher.CreateNormalizedWeight(phrase);
        foreach (var leaf in index.Reader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            for (var doc = scorer?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer!.NextDoc())
            {
                credits[leaf.DocBase + doc] = Math.Max(credits[leaf.DocBase + doc], credit);
            }
        }
    }
}
