using Lucene.Net.Search.Similarities;

namespace Guidebot.Knowledge.Search;

/// <summary>
/// BM25 (good for short fields such as titles) with Lucene's classic coordination factor put back: an item
/// that covers more of the query's words scores higher than one that repeats a single word often.
/// </summary>
internal sealed class CoordBm25Similarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 0 : (float)overlap / maxOverlap;
}
