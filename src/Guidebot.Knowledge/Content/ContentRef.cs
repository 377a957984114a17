namespace Guidebot.Knowledge.Content;

/// <summary>A reference to an item (<c>item-id</c>) or to one of its anchored blocks or entries (<c>item-id#anchor</c>).</summary>
public sealed record ContentRef(string ItemId, string? Anchor)
{
    public const char Separator = '#';

    public static ContentRef Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? new(text, null) : new(text[..at], text[(at + 1)..]);
    }

    public override string ToString() => Anchor is null ? ItemId : $"{ItemId}{Separator}{Anchor}";
}

/// <summary>What a <see cref="ContentRef"/> points at: an item, and within it a block, or one entry of a block.</summary>
public sealed record ContentPart(Item Item, Block? Block = null, ListEntry? Entry = null)
{
    /// <summary>The blocks to show: the whole body, the one block, or the entry alone in a block of its kind.</summary>
    public IReadOnlyList<Block> Blocks => (Block, Entry) switch
    {
        (null, _) => Item.Body,
        (EntryList list, { } entry) => [list with { Entries = [entry], Id = null }],
        ({ } block, _) => [block],
    };
}
