namespace Guidebot.Knowledge.Content;

/// <summary>One part of an item's body. Each kind maps to its own card layout.</summary>
public abstract record Block;

/// <summary>A paragraph of prose.</summary>
public sealed record Paragraph(string Text) : Block;

/// <summary>A sub-heading inside an item.</summary>
public sealed record Heading(string Text) : Block;

/// <summary>An unordered list.</summary>
public sealed record BulletList(IReadOnlyList<string> Items) : Block;

/// <summary>An ordered list: steps or numbered points whose order matters.</summary>
public sealed record NumberedList(IReadOnlyList<string> Items) : Block;

/// <summary>Example questions, ready to ask aloud.</summary>
public sealed record QuestionList(IReadOnlyList<string> Questions) : Block;

/// <summary>A quotation, e.g. from a citizen or an employer.</summary>
public sealed record Quote(string Text, string? Who) : Block;

/// <summary>A table: two columns become a fact list (from/to, negative/positive), more become columns.</summary>
public sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>A checklist whose items can be ticked off; ids are stable so ticks survive content edits.</summary>
public sealed record Checklist(string Id, string? Title, IReadOnlyList<ChecklistItem> Items) : Block;

/// <summary>One tickable point of a <see cref="Checklist"/>.</summary>
public sealed record ChecklistItem(string Id, string Text);
