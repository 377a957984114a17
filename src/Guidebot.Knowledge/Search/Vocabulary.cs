using Lucene.Net.Index;

namespace Guidebot.Knowledge.Search;

/// <summary>Every stem and every unstemmed word in the guide: how a query word is known to be the guide's.</summary>
internal sealed class Vocabulary
{
    private readonly HashSet<string> _stems;
    private readonly HashSet<string> _words;

    public Vocabulary(IndexReader reader)
    {
        _stems = [.. SearchFields.Weighted.SelectMany(f => Terms(reader, f.Field))];
        List<string> words = [.. Terms(reader, SearchFields.Words)];
        _words = [.. words];
        Neighbours = new WordNeighbours(words);
    }

    /// <summary>The guide's words near one it does not know: typos and compound heads.</summary>
    public WordNeighbours Neighbours { get; }

    public bool HasStem(string stem) => _stems.Contains(stem);

    public bool HasWord(string word) => _words.Contains(word);

    private static IEnumerable<string> Terms(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            yield break;
        }

        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            yield return iterator.Term.Utf8ToString();
        }
    }
}
