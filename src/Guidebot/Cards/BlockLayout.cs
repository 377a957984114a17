using Guidebot.BotFramework.Cards;
using Guidebot.Knowledge.Content;

namespace Guidebot.Cards;

/// <summary>Lays out an item's body blocks for a phone: lists as lists, pairs as facts, quotes set apart.</summary>
internal static class BlockLayout
{
    public static IEnumerable<CardElement> Render(Block block) => block switch
    {
        Paragraph paragraph => [Text(paragraph.Text)],
        Heading heading => [new TextBlock { Text = heading.Text, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium }],
        BulletList list => list.Items.Select(entry => ListEntry($"• {entry}")),
        NumberedList list => list.Items.Select((entry, index) => ListEntry($"{index + 1}. {entry}")),
        QuestionList questions => [Questions(questions.Questions)],
        Quote quote => [QuoteBox(quote)],
        Table { Columns.Count: 2 } table => [PairTable(table)],
        Table table => table.Rows.Select(row => RowFacts(table.Columns, row)),
        Checklist checklist => ChecklistPreview(checklist),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "No layout for this block kind."),
    };

    public static TextBlock Text(string text) => new() { Text = text, Wrap = true };

    private static TextBlock ListEntry(string text) => new() { Text = text, Wrap = true, Spacing = Spacing.Small };

    private static Container Questions(IEnumerable<string> questions) => new()
    {
        Style = ContainerStyle.Emphasis,
        Items = [.. questions.Select(question => ListEntry($"» {question}"))],
    };

    private static Container QuoteBox(Quote quote) => new()
    {
        Style = ContainerStyle.Emphasis,
        Items = quote.Who is null
            ? [new TextBlock { Text = $"_{quote.Text}_", Wrap = true }]
            : [new TextBlock { Text = $"_{quote.Text}_", Wrap = true }, new TextBlock { Text = $"– {quote.Who}", IsSubtle = true, Wrap = true, Spacing = Spacing.Small }],
    };

    private static Container PairTable(Table table) => new()
    {
        Items =
        [
            new TextBlock { Text = $"{table.Columns[0]} → {table.Columns[1]}", IsSubtle = true, Size = FontSize.Small, Wrap = true },
            new FactSet { Facts = [.. table.Rows.Select(row => new Fact(row[0], row[1]))] },
        ],
    };

    private static FactSet RowFacts(IReadOnlyList<string> columns, IReadOnlyList<string> row) => new()
    {
        Separator = true,
        Facts = [.. columns.Zip(row, (column, cell) => new Fact(column.Length == 0 ? " " : column, cell))],
    };

    private static IEnumerable<CardElement> ChecklistPreview(Checklist checklist) =>
        [
            .. checklist.Title is null ? [] : new[] { new TextBlock { Text = checklist.Title, Weight = FontWeight.Bolder, Wrap = true } },
            .. checklist.Items.Select(entry => ListEntry($"☐ {entry.Text}")),
        ];
}
