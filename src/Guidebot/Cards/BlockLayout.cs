using Guidebot.BotFramework.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Cards;

/// <summary>Lays out an item's body blocks for a phone: lists as lists, pairs as facts, quotes set apart, the bot's notes marked as its own.</summary>
internal static class BlockLayout
{
    public static IEnumerable<CardElement> Render(Block block) => block switch
    {
        Paragraph paragraph => [Text(paragraph.Text)],
        Heading heading => [new TextBlock { Text = heading.Text, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium }],
        BulletList list => list.Texts.Select(entry => ListEntry($"• {entry}")),
        NumberedList list => list.Texts.Select((entry, index) => ListEntry($"{index + 1}. {entry}")),
        QuestionList questions => questions.Texts.Select((question, index) => Question(question, first: index == 0)),
        Checklist checklist => ChecklistPreview(checklist),
        Quote quote => [QuoteBox(quote)],
        Table { Columns.Count: 2 } table => PairRows(table),
        Table table => table.Rows.Select(row => RowFacts(table.Columns, row)),
        Note note => [NoteText(note.Text)],
        Show show => show.Parts.Select(PartBox),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "No layout for this block kind."),
    };

    public static TextBlock Text(string text) => new() { Text = text, Wrap = true };

    /// <summary>The bot's own words inside content, never mistaken for the source's.</summary>
    public static TextBlock NoteText(string text) =>
        new() { Text = $"**{BotTexts.NoteLabel}:** {text}", IsSubtle = true, Wrap = true, Spacing = Spacing.Medium };

    private static TextBlock ListEntry(string text) => new() { Text = text, Wrap = true, Spacing = Spacing.Small };

    // One box per question, touching the one before, so the list reads as one block and folds between questions.
    private static Container Question(string question, bool first) => new()
    {
        Style = ContainerStyle.Emphasis,
        Spacing = first ? null : Spacing.None,
        Items = [new TextBlock { Text = $"» {question}", Wrap = true }],
    };

    private static Container QuoteBox(Quote quote) => new()
    {
        Style = ContainerStyle.Emphasis,
        Items = quote.Who is null
            ? [new TextBlock { Text = $"_{quote.Text}_", Wrap = true }]
            : [new TextBlock { Text = $"_{quote.Text}_", Wrap = true }, new TextBlock { Text = $"– {quote.Who}", IsSubtle = true, Wrap = true, Spacing = Spacing.Small }],
    };

    // A pair per row, the second under the first: two columns side by side leave a phone a few words per line.
    private static IEnumerable<CardElement> PairRows(Table table) =>
    [
        new TextBlock { Text = $"{table.Columns[0]} → {table.Columns[1]}", IsSubtle = true, Size = FontSize.Small, Wrap = true },
        .. table.Rows.Select(row => new Container
        {
            Separator = true,
            Spacing = Spacing.Small,
            Items =
            [
                new TextBlock { Text = row[0], Weight = FontWeight.Bolder, Wrap = true },
                new TextBlock { Text = $"→ {row[1]}", Wrap = true, Spacing = Spacing.None },
            ],
        }),
    ];

    // A row of a wider table: its label (the first cell, when the first column has no heading) above the other cells as facts.
    private static Container RowFacts(IReadOnlyList<string> columns, IReadOnlyList<string> row)
    {
        var labelled = columns[0].Length == 0;
        var cells = columns.Zip(row).Skip(labelled ? 1 : 0);
        return new Container
        {
            Separator = true,
            Items =
            [
                .. labelled ? new[] { new TextBlock { Text = row[0], Weight = FontWeight.Bolder, Wrap = true } } : [],
                new FactSet { Facts = [.. cells.Select(cell => new Fact(cell.First, cell.Second))] },
            ],
        };
    }

    private static IEnumerable<CardElement> ChecklistPreview(Checklist checklist) =>
        [
            .. checklist.Title is null ? [] : new[] { new TextBlock { Text = checklist.Title, Weight = FontWeight.Bolder, Wrap = true } },
            .. checklist.Texts.Select(entry => ListEntry($"☐ {entry}")),
        ];

    // A part of another item: its title, the part (or, for a whole item, its lead), its source and a way to open it.
    private static Container PartBox(ContentPart part) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock { Text = part.Item.Title, Weight = FontWeight.Bolder, Wrap = true },
            .. (part.Block is null ? Lead(part.Item) : part.Blocks).SelectMany(Render),
            ItemCards.SourceLine(part.Item.Source),
            .. NavigationButtons.Links([ItemCards.Open(BotTexts.OpenItem(part.Item.Title), part.Item)]),
        ],
    };

    // What a consultant reaches for first: the item's questions or checklist, else its opening block.
    public static IReadOnlyList<Block> Lead(Item item) =>
        [item.Body.FirstOrDefault(block => block is QuestionList or Checklist) ?? item.Body[0]];
}
