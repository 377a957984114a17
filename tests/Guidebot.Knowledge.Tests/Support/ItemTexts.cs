namespace Guidebot.Knowledge.Tests.Support;

/// <summary>
/// Every text a card shows, as the YAML holds it: paragraphs, headings, list entries, questions, quotes and
/// who said them, table columns and cells, checklist titles and items (empty strings, e.g. a blank corner cell, left out).
/// The bot's notes and the parts of other items a card shows are not the item's own text and are left out.
/// </summary>
public static class ItemTexts
{
    /// <summary>The body texts of every item of the area, with the item's id.</summary>
    public static IEnumerable<(string ItemId, string Text)> Of(Area area) =>
        area.Items.SelectMany(item => Of(item).Select(text => (item.Id, text)));

    /// <summary>Each item's title followed by its body texts, with the item's id.</summary>
    public static IEnumerable<(string ItemId, string Text)> WithTitles(Area area) =>
        area.Items.SelectMany(item => Of(item).Prepend(item.Title).Select(text => (item.Id, text)));

    public static IEnumerable<string> Of(Item item) => item.Body.SelectMany(Of);

    public static IEnumerable<string> Of(Block block)
    {
        IEnumerable<string?> texts = block switch
        {
            Paragraph p => [p.Text],
            Heading h => [h.Text],
            BulletList b => b.Texts,
            NumberedList n => n.Texts,
            QuestionList q => q.Texts,
            Quote q => [q.Text, q.Who],
            Table t => t.Columns.Concat(t.Rows.SelectMany(row => row)),
            Checklist c => c.Entries.Select(i => i.Text).Prepend(c.Title),
            Note or Show => [],
            _ => throw new InvalidOperationException($"Unknown block {block.GetType().Name}"),
        };

        return texts.OfType<string>().Where(text => text.Length > 0);
    }
}
