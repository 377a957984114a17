namespace Guidebot.Knowledge.Content;

/// <summary>Content as plain-text segments (a paragraph, a list entry, a table row), markup removed — for search, snippets and sizing.</summary>
public static class BlockText
{
    public static IReadOnlyList<string> Segments(Item item) =>
        [.. item.Body.SelectMany(Segments)];

    public static IEnumerable<string> Segments(Block block) =>
        RawSegments(block).Select(Plain).Where(s => s.Length > 0);

    private static IEnumerable<string> RawSegments(Block block) => block switch
    {
        Paragraph p => [p.Text],
        Heading h => [h.Text],
        Checklist c => [.. c.Title is null ? [] : new[] { c.Title }, .. c.Texts],
        EntryList l => l.Texts,
        Quote q => [q.Text],
        Table t => t.Rows.Select(row => string.Join(" – ", row)),
        Note n => [n.Text],
        Show => [],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "unknown block kind"),
    };

    /// <summary>The text without its <c>**bold**</c> markers, trimmed.</summary>
    public static string Plain(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
}
