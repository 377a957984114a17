using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Guidebot.Knowledge.Search;

/// <summary>
/// Danish analysis for the guide and for queries: words, lower case and — for <see cref="Stemmed"/> — the
/// Snowball Danish stemmer ("virksomhedernes" → "virksom"). <see cref="Surface"/> stops before stemming:
/// its words are what typo tolerance and spelling suggestions compare against. Stop words stay in the index
/// (so "hvad skal alle kunne" can be found as a phrase); <see cref="ConceptParser"/> drops them from queries.
/// </summary>
internal sealed class DanishTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // "FN's", "FN’s" and "FN´s" are all "fns" as staff type it: apostrophes and accents used as them are dropped.
    private static readonly NormalizeCharMap Apostrophes = BuildApostrophes();

    private readonly bool _stem;

    private DanishTextAnalyzer(bool stem) => _stem = stem;

    public static DanishTextAnalyzer Stemmed { get; } = new(stem: true);

    public static DanishTextAnalyzer Surface { get; } = new(stem: false);

    /// <summary>The words of a text, with their stems and where they stand in it.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var surfaces = Read(Surface, text);
        var stems = Read(Stemmed, text);
        return [.. surfaces.Zip(stems, (s, t) => s with { Stem = t.Surface })];
    }

    // Keyword lists and list entries are separate values of one field: a phrase must not run across two.
    public override int GetPositionIncrementGap(string fieldName) => 100;

    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(Apostrophes, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        if (_stem)
        {
            stream = new SnowballFilter(stream, new DanishStemmer());
        }

        return new TokenStreamComponents(source, stream);
    }

    private static NormalizeCharMap BuildApostrophes()
    {
        var map = new NormalizeCharMap.Builder();
        foreach (var apostrophe in new[] { "'", "’", "´" })
        {
            map.Add(apostrophe, string.Empty);
        }

        return map.Build();
    }

    private static List<Token> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            tokens.Add(new Token(word, word, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}

/// <summary>One analysed word: as written (lower case), its stem, and its place in the text.</summary>
internal readonly record struct Token(string Surface, string Stem, int Start, int End);
