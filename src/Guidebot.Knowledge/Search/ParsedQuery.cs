namespace Guidebot.Knowledge.Search;

/// <summary>
/// A query as search uses it: the concepts it asks about, and every word as typed (stop words included,
/// stemmed) for a bonus when an item's title or keywords say it the same way ("borgeren vil ikke i praktik").
/// </summary>
internal sealed record ParsedQuery(IReadOnlyList<QueryConcept> Concepts, IReadOnlyList<string> Phrase);
