namespace Guidebot.Knowledge.Content;

/// <summary>One part of an item's body. Each kind maps to its own card layout; <see cref="Id"/> is an optional anchor tools refer to.</summary>
public abstract record Block
{
    /// <summary>A stable name within the item (<c>item-id#anchor</c>), or null.</summary>
    public string? Id { get; init; }
}

/// <summary>A paragraph of prose.</summary>
public sealed record Paragraph(string Text) : Block;

/// <summary>A sub-heading inside an item.</summary>
public sealed record Heading(string Text) : Block;

/// <summary>A block made of entries: a list, questions or a checklist.</summary>
public abstract record EntryList(IReadOnlyList<ListEntry> Entries) : Block
{
    public IReadOnlyList<string> Texts => [.. Entries.Select(entry => entry.Text)];
}

/// <summary>An unordered list.</summary>
public sealed record BulletList(IReadOnlyList<ListEntry> Entries) : EntryList(Entries);

/// <summary>An ordered list: steps or numbered points whose order matters.</summary>
public sealed record NumberedList(IReadOnlyList<ListEntry> Entries) : EntryList(Entries);

/// <summary>Example questions, ready to ask aloud.</summary>
public sealed record QuestionList(IReadOnlyList<ListEntry> Entries) : EntryList(Entries);

/// <summary>A checklist whose entries can be ticked off; its <see cref="Block.Id"/> and every entry id are set, so ticks survive content edits.</summary>
public sealed record Checklist(string? Title, IReadOnlyList<ListEntry> Entries) : EntryList(Entries);

/// <summary>One entry of an <see cref="EntryList"/>, with an optional anchor.</summary>
public sealed record ListEntry(string Text, string? Id = null);

/// <summary>A quotation, e.g. from a citizen or an employer.</summary>
public sealed record Quote(string Text, string? Who) : Block;

/// <summary>A table: two columns become a fact list (from/to, negative/positive), more become columns.</summary>
public sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>Wording of the bot's own inside an item (a pointer, a note on a figure), always shown as Guidebot's, never as the source's.</summary>
public sealed record Note(string Text) : Block;

/// <summary>Parts of other items shown on this card: whole items, or one block or entry of one (never an item that shows others).</summary>
public sealed record Show(IReadOnlyList<ContentPart> Parts) : Block;
