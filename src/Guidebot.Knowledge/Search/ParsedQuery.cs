namespace Guidebot.Knowledge.Search;

/// <summary>
/// A query as search uses it: the concepts it asks about; every word as typed (stop words included, stemmed)
/// for a bonus when an item's title or keywords say it the same way ("borgeren vil ikke i praktik"); and what
/// kind of item it asks for ("spørgsmål til step-up samtale": items with questions rank first).
/// </summary>
internal sealed record ParsedQuery(IReadOnlyList<QueryConcept> Concepts, IReadOnlyList<string> Phrase, Wants Wants);

/// <summary>What kind of item a query asks for, beyond its topic.</summary>
internal enum Wants
{
    Anything,

    /// <summary>Questions to ask: items with a question list, or a checklist of questions.</summary>
    Questions,

    /// <summary>Something to tick off: items with a checklist.</summary>
    Checklist,
}
