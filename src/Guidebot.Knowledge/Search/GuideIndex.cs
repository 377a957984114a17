using System.Collections.Concurrent;
using Guidebot.Knowledge.Content;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Guidebot.Knowledge.Search;

/// <summary>The guide in an in-memory Lucene index: one document per item, one searcher for all queries.</summary>
internal sealed class GuideIndex : IDisposable
{
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly Item[] _itemsByDoc;
    private readonly Wants[][] _offers;

    // The index never changes, so a term's dictionary lookup (Lucene's TermContext) is done once and reused.
    // Only terms the guide has are kept: what users type is unbounded, the guide's vocabulary is not.
    private readonly ConcurrentDictionary<Term, TermContext> _termStates = new();
    private readonly ConcurrentDictionary<Term, int[]> _termDocs = new();

    public GuideIndex(Guide guide)
    {
        var items = guide.Items.ToList();
        var areaTitles = guide.Areas.ToDictionary(a => a.Id, a => a.Title, StringComparer.Ordinal);
        Similarity = new CoordBm25Similarity();
        _directory = new RAMDirectory();
        var analyzer = new PerFieldAnalyzerWrapper(
            DanishTextAnalyzer.Stemmed,
            new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [SearchFields.Words] = DanishTextAnalyzer.Surface });
        var config = new IndexWriterConfig(DanishTextAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Similarity,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < items.Count; i++)
            {
                writer.AddDocument(Document(items[i], areaTitles[items[i].AreaId], i));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(_reader) { Similarity = Similarity };
        Vocabulary = new Vocabulary(_reader);
        _itemsByDoc = new Item[_reader.MaxDoc];
        var ordinals = MultiDocValues.GetNumericValues(_reader, SearchFields.Ordinal);
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            _itemsByDoc[doc] = items[(int)ordinals.Get(doc)];
        }

        _offers = [.. _itemsByDoc.Select(Offers)];
    }

    public IndexSearcher Searcher { get; }

    public IndexReader Reader => _reader;

    public CoordBm25Similarity Similarity { get; }

    public Vocabulary Vocabulary { get; }

    public int Count => _itemsByDoc.Length;

    public Item ItemAt(int doc) => _itemsByDoc[doc];

    /// <summary>True when the item holds what a query asks for beyond its topic: questions to ask, or a checklist.</summary>
    public bool Offers(int doc, Wants wants) => _offers[doc].Contains(wants);

    /// <summary>A term query that reuses the term's dictionary lookup instead of repeating it for every query.</summary>
    public TermQuery TermQuery(Term term, float boost)
    {
        if (!_termStates.TryGetValue(term, out var states))
        {
            states = TermContext.Build(Searcher.TopReaderContext, term);
            if (states.DocFreq > 0)
            {
                _termStates.TryAdd(term, states);
            }
        }

        return new TermQuery(term, states) { Boost = boost };
    }

    /// <summary>Credits the items <paramref name="term"/> occurs in with at least <paramref name="credit"/>; the postings of the guide's terms are read once and kept.</summary>
    public void CreditDocsWith(Term term, float[] credits, float credit)
    {
        if (!_termDocs.TryGetValue(term, out var postings))
        {
            postings = ReadPostings(term);
            if (postings.Length > 0)
            {
                _termDocs.TryAdd(term, postings);
            }
        }

        foreach (var doc in postings)
        {
            credits[doc] = Math.Max(credits[doc], credit);
        }
    }

    private int[] ReadPostings(Term term)
    {
        var postings = MultiFields.GetTermDocsEnum(_reader, MultiFields.GetLiveDocs(_reader), term.Field, term.Bytes, DocsFlags.NONE);
        if (postings is null)
        {
            return [];
        }

        var docs = new List<int>();
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            docs.Add(doc);
        }

        return [.. docs];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    // A checklist whose entries are questions ("Hvad laver den?") is questions to ask, too.
    private static Wants[] Offers(Item item) =>
    [
        Wants.Anything,
        .. item.Body.Any(block => block is QuestionList || block is Checklist c && c.Entries.Count(e => e.Text.EndsWith('?')) * 2 > c.Entries.Count) ? [Wants.Questions] : Array.Empty<Wants>(),
        .. item.Body.Any(block => block is Checklist) ? [Wants.Checklist] : Array.Empty<Wants>(),
    ];

    private static Document Document(Item item, string areaTitle, int ordinal)
    {
        var segments = BlockText.Segments(item);
        var document = new Document
        {
            new NumericDocValuesField(SearchFields.Ordinal, ordinal),
            new TextField(SearchFields.Title, item.Title, Field.Store.NO),
            new TextField(SearchFields.Area, areaTitle, Field.Store.NO),
        };
        foreach (var keyword in item.Keywords)
        {
            document.Add(new TextField(SearchFields.Keywords, keyword, Field.Store.NO));
        }

        foreach (var segment in segments)
        {
            document.Add(new TextField(SearchFields.Body, segment, Field.Store.NO));
        }

        foreach (var text in new[] { item.Title }.Concat(item.Keywords).Concat(segments))
        {
            document.Add(new TextField(SearchFields.Words, text, Field.Store.NO));
        }

        return document;
    }
}
