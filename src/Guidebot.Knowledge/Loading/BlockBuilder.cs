using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>Turns one body entry into its <see cref="Block"/>, checking it names exactly one kind.</summary>
internal sealed class BlockBuilder(string file, string itemId, List<ContentError> errors)
{
    private readonly HashSet<string> _checklistIds = new(StringComparer.Ordinal);

    public Block? Build(BlockDoc doc)
    {
        var kinds = Kinds(doc);
        if (kinds != 1)
        {
            Error(doc.Line, kinds == 0
                ? "a body entry needs one of: text, heading, bullets, steps, questions, quote, table, checklist"
                : "a body entry has more than one kind; start a new '- ' entry for each");
            return null;
        }

        return doc switch
        {
            { Text: { } text } => NonEmpty(text, doc.Line) is { } t ? new Paragraph(t) : null,
            { Heading: { } heading } => NonEmpty(heading, doc.Line) is { } h ? new Heading(h) : null,
            { Bullets: { } bullets } => List(bullets, doc.Line) is { } b ? new BulletList(b) : null,
            { Steps: { } steps } => List(steps, doc.Line) is { } s ? new NumberedList(s) : null,
            { Questions: { } questions } => List(questions, doc.Line) is { } q ? new QuestionList(q) : null,
            { Quote: { } quote } => NonEmpty(quote.Text, doc.Line) is { } qt ? new Quote(qt, quote.Who?.Trim()) : null,
            { Table: { } table } => BuildTable(table, doc.Line),
            { Checklist: { } checklist } => BuildChecklist(checklist, doc.Line),
            _ => null,
        };
    }

    private static int Kinds(BlockDoc doc) =>
        new object?[] { doc.Text, doc.Heading, doc.Bullets, doc.Steps, doc.Questions, doc.Quote, doc.Table, doc.Checklist }
            .Count(kind => kind is not null);

    private Table? BuildTable(TableDoc table, int line)
    {
        if (table.Columns.Count < 2 || table.Rows.Count == 0)
        {
            Error(line, "a table needs at least two columns and one row");
            return null;
        }

        if (table.Rows.Any(row => row.Count != table.Columns.Count || row.Any(string.IsNullOrWhiteSpace)))
        {
            Error(line, $"every table row needs {table.Columns.Count} non-empty cells");
            return null;
        }

        return new Table(
            [.. table.Columns.Select(c => c.Trim())],
            [.. table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(cell => cell.Trim())])]);
    }

    private Checklist? BuildChecklist(ChecklistDoc checklist, int line)
    {
        if (checklist.Id is null || !AreaBuilder.IdPattern().IsMatch(checklist.Id) || !_checklistIds.Add(checklist.Id))
        {
            Error(line, $"checklist id '{checklist.Id}' must be a unique lower-case id within the item");
            return null;
        }

        if (checklist.Items.Count == 0)
        {
            Error(line, $"checklist '{checklist.Id}' has no items");
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in checklist.Items)
        {
            if (entry.Id is null || !AreaBuilder.IdPattern().IsMatch(entry.Id) || !ids.Add(entry.Id))
            {
                Error(entry.Line, $"checklist item id '{entry.Id}' must be a unique lower-case id within '{checklist.Id}'");
            }

            if (string.IsNullOrWhiteSpace(entry.Text))
            {
                Error(entry.Line, $"checklist item '{entry.Id}' has no text");
            }
        }

        return new Checklist(
            checklist.Id,
            string.IsNullOrWhiteSpace(checklist.Title) ? null : checklist.Title.Trim(),
            [.. checklist.Items.Select(e => new ChecklistItem(e.Id ?? string.Empty, e.Text?.Trim() ?? string.Empty))]);
    }

    private string? NonEmpty(string? text, int line)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(line, "empty text");
            return null;
        }

        return text.Trim();
    }

    private IReadOnlyList<string>? List(List<string> entries, int line)
    {
        if (entries.Count == 0 || entries.Any(string.IsNullOrWhiteSpace))
        {
            Error(line, "a list needs at least one entry and no empty ones");
            return null;
        }

        return [.. entries.Select(e => e.Trim())];
    }

    private void Error(int line, string message) =>
        errors.Add(new ContentError(file, line, $"item '{itemId}': {message}"));
}
