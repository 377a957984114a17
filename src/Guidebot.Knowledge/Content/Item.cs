namespace Guidebot.Knowledge.Content;

/// <summary>One piece of guidance: what a card shows and what search finds.</summary>
public sealed record Item(
    string Id,
    string AreaId,
    string Title,
    SourceReference Source,
    IReadOnlyList<Block> Body,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Related)
{
    /// <summary>The block or list entry with this anchor, or null.</summary>
    public ContentPart? Find(string anchor)
    {
        foreach (var block in Body)
        {
            if (block.Id == anchor)
            {
                return new ContentPart(this, block);
            }

            if (block is EntryList list && list.Entries.FirstOrDefault(entry => entry.Id == anchor) is { } entry)
            {
                return new ContentPart(this, block, entry);
            }
        }

        return null;
    }

    /// <summary>Every anchor in the body, blocks and entries alike.</summary>
    public IEnumerable<string> Anchors =>
        Body.SelectMany(block => (block is EntryList list ? list.Entries.Select(entry => entry.Id) : []).Prepend(block.Id)).OfType<string>();
}
