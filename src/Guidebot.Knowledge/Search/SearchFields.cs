namespace Guidebot.Knowledge.Search;

/// <summary>The fields of an item in the index, and how much a match in each one counts.</summary>
internal static class SearchFields
{
    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Body = "body";
    public const string Area = "area";

    /// <summary>Every word of the item, unstemmed: what typo tolerance and suggestions compare against.</summary>
    public const string Words = "words";

    public const string Ordinal = "ordinal";

    /// <summary>The stemmed fields a query word is looked up in, with their boosts: title and keywords above body.</summary>
    public static IReadOnlyList<(string Field, float Boost)> Weighted { get; } =
    [
        (Title, 3.0f),
        (Keywords, 2.0f),
        (Body, 1.0f),
        (Area, 0.5f),
    ];

    /// <summary>
    /// How much a query word found in a field shows that an item is about it, for coverage: a phrase said as
    /// the title or a keyword says it shows it best, a single word of the title a little less, a single keyword
    /// less, the body or a typo of a body word least. So "superliga tabellen" is not answered by the item that
    /// lists "tabel" among its keywords, nor "fodbold resultater" by the one whose title says "resultaterne".
    /// </summary>
    public static float Credit(string field, bool phrase) => field switch
    {
        Title => phrase ? 1.0f : 0.9f,
        Keywords => phrase ? 1.0f : 0.75f,
        _ => 0.6f,
    };
}
