namespace Guidebot.Knowledge.Search;

/// <summary>
/// One entry of cards/synonyms.yaml. <see cref="Terms"/> are words or phrases that mean the same to staff: typing
/// any finds the others. <see cref="Means"/> are guide concepts those words point to one way only: "smerter"
/// finds "helbred", but typing "helbred" does not find every text that says "smerter".
/// </summary>
public sealed record SynonymGroup(IReadOnlyList<string> Terms)
{
    public IReadOnlyList<string> Means { get; init; } = [];
}
