namespace Guidebot.Knowledge.Content;

/// <summary>One piece of guidance: what a card shows and what search finds.</summary>
public sealed record Item(
    string Id,
    string AreaId,
    string Title,
    SourceReference Source,
    IReadOnlyList<Block> Body,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Related);
