using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Search;

/// <summary>Whether the guide has a good answer to a query.</summary>
public enum SearchResultKind
{
    /// <summary>At least one item covers the query well; <see cref="SearchResult.Hits"/> holds them, best first.</summary>
    Match,

    /// <summary>Nothing in the guide covers the query well enough to show; offer <see cref="SearchResult.Suggestions"/>.</summary>
    NoGoodMatch,
}

/// <summary>
/// The answer to one query. <see cref="Suggestions"/> are query strings that do find something ("Mente du …?"),
/// offered when words of the query are not in the guide and were read as guide words.
/// </summary>
public sealed record SearchResult(SearchResultKind Kind, IReadOnlyList<SearchHit> Hits, IReadOnlyList<string> Suggestions)
{
    /// <summary>
    /// The bot's own card the hits were found through (a situation, "Borgeren siger: ”Jeg har ondt”"), or null.
    /// Such a card is never a hit: the source items it shows take its place, and it is offered alongside them.
    /// </summary>
    public Item? Via { get; init; }

    public static SearchResult NoGoodMatch(IReadOnlyList<string> suggestions) =>
        new(SearchResultKind.NoGoodMatch, [], suggestions);
}

/// <summary>
/// One item found: its relevance score (only comparable within one result), how much of the query it covers
/// (0–1, weighted by how informative each word is), and a plain-text snippet of its body.
/// </summary>
public sealed record SearchHit(Item Item, float Score, float Coverage, string Snippet);
