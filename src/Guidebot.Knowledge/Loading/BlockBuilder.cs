using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Turns the body entries of one item into <see cref="Block"/>s, checking each names exactly one kind and
/// that anchors (block and entry ids) are unique within the item. A <c>show:</c> block becomes a
/// <see cref="PendingShow"/>, resolved by <see cref="ShowResolver"/> once every item is known.
/// </summary>
internal sealed class BlockBuilder(string file, string itemId, ContentErrors errors)
{
    private const string Kinds = "text, heading, bullets, steps, questions, quote, table, checklist, note, show";
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);

    public Block? Build(BlockDoc doc)
    {
        var kinds = KindCount(doc);
        if (kinds != 1)
        {
            Error(doc.Location, kinds == 0
                ? $"a body entry needs one of: {Kinds}"
                : "a body entry has more than one kind; start a new '- ' entry for each");
            return null;
        }

        Block? block = doc switch
        {
            { Text: { } text } => NonEmpty(text, doc.At("text")) is { } t ? new Paragraph(t) : null,
            { Heading: { } heading } => NonEmpty(heading, doc.At("heading")) is { } h ? new Heading(h) : null,
            { Note: { } note } => NonEmpty(note, doc.At("note")) is { } n ? new Note(n) : null,
            { Bullets: { } bullets } => Entries(bullets, doc.At("bullets"), idsRequired: false) is { } b ? new BulletList(b) : null,
            { Steps: { } steps } => Entries(steps, doc.At("steps"), idsRequired: false) is { } s ? new NumberedList(s) : null,
            { Questions: { } questions } => Entries(questions, doc.At("questions"), idsRequired: false) is { } q ? new QuestionList(q) : null,
            { Quote: { } quote } => NonEmpty(quote.Text, quote.At("text")) is { } qt ? new Quote(qt, quote.Who?.Trim()) : null,
            { Table: { } table } => BuildTable(table),
            { Checklist: { } checklist } => BuildChecklist(checklist),
            { Show: { } show } => BuildShow(show, doc.At("show")),
            _ => null,
        };
        if (block is not null && doc.Id is { } id && Anchor(id, doc.At("id")))
        {
            return block with { Id = id };
        }

        return block;
    }

    private static int KindCount(BlockDoc doc) =>
        new object?[] { doc.Text, doc.Heading, doc.Bullets, doc.Steps, doc.Questions, doc.Quote, doc.Table, doc.Checklist, doc.Note, doc.Show }
            .Count(kind => kind is not null);

    private Table? BuildTable(TableDoc table)
    {
        if (table.Columns.Count < 2 || table.Rows.Count == 0)
        {
            Error(table.Location, "a table needs at least two columns and one row");
            return null;
        }

        if (table.Rows.Any(row => row.Count != table.Columns.Count || row.Any(string.IsNullOrWhiteSpace)))
        {
            Error(table.At("rows"), $"every table row needs {table.Columns.Count} non-empty cells");
            return null;
        }

        return new Table(
            [.. table.Columns.Select(c => c.Trim())],
            [.. table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(cell => cell.Trim())])]);
    }

    private Checklist? BuildChecklist(ChecklistDoc checklist)
    {
        if (checklist.Id is null)
        {
            Error(checklist.Location, "a checklist needs an 'id:' (ticks are saved under it)");
            return null;
        }

        var entries = Anchor(checklist.Id, checklist.At("id")) ? Entries(checklist.Items, checklist.At("items"), idsRequired: true) : null;
        return entries is null
            ? null
            : new Checklist(string.IsNullOrWhiteSpace(checklist.Title) ? null : checklist.Title.Trim(), entries) { Id = checklist.Id };
    }

    private PendingShow? BuildShow(List<LocatedText> parts, Location at)
    {
        if (parts.Count == 0)
        {
            Error(at, "'show:' needs at least one item id or item-id#anchor");
            return null;
        }

        return new PendingShow(file, parts);
    }

    private List<ListEntry>? Entries(List<EntryDoc> docs, Location at, bool idsRequired)
    {
        if (docs.Count == 0)
        {
            Error(at, "a list needs at least one entry");
            return null;
        }

        var ok = true;
        foreach (var entry in docs)
        {
            ok &= NonEmpty(entry.Text, entry.Location) is not null;
            ok &= entry.Id is null
                ? !idsRequired || Fail(entry.Location, "every checklist entry needs an 'id:' (ticks are saved under it)")
                : Anchor(entry.Id, entry.At("id"));
        }

        return ok ? [.. docs.Select(entry => new ListEntry(entry.Text!.Trim(), entry.Id))] : null;
    }

    private bool Anchor(string id, Location at) =>
        !AreaBuilder.IdPattern().IsMatch(id) ? Fail(at, $"id '{id}' must be lower-case letters, digits and dashes")
        : _anchors.Add(id) || Fail(at, $"id '{id}' is used twice in this item");

    private string? NonEmpty(string? text, Location at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(at, "empty text");
            return null;
        }

        return text.Trim();
    }

    private bool Fail(Location at, string message)
    {
        Error(at, message);
        return false;
    }

    private void Error(Location at, string message) => errors.Add(file, at, $"item '{itemId}': {message}");
}
