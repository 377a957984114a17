namespace Guidebot.Knowledge.Search;

/// <summary>
/// One thing the user asked about: a word, or a phrase from a synonym group. <see cref="Forms"/> holds the
/// stemmed word sequences that express it: first the user's own, then its synonyms.
/// </summary>
internal sealed record QueryConcept(IReadOnlyList<string> Surfaces, IReadOnlyList<IReadOnlyList<string>> Forms)
{
    public string Text => string.Join(' ', Surfaces);

    public bool IsSingleWord => Forms[0].Count == 1;

    /// <summary>The kind of item the word itself names ("spørgsmål": an item with questions holds it), if any.</summary>
    public Wants Names { get; init; } = Wants.Anything;
}
