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
    }

    public IndexSearcher Searcher { get; }

    public IndexReader Reader => _reader;

    public CoordBm25Similarity Similarity { get; }

    public Vocabulary Vocabulary { get; }

    public int Count => _itemsByDoc.Length;

    public Item ItemAt(int doc) => _itemsByDoc[doc];

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

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
