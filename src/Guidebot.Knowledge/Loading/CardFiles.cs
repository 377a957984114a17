namespace Guidebot.Knowledge.Loading;

// The shapes of sources.yaml and areas/*.yaml, exactly as a methods consultant writes them. A field not
// declared here is reported where it stands and skipped (StrictObjectDeserializer).

internal sealed class SourcesFile : LocatedDoc
{
    public List<SourceDoc> Sources { get; set; } = [];
}

internal sealed class SourceDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public bool Own { get; set; }
}

internal sealed class AreaFile : LocatedDoc
{
    public AreaDoc? Area { get; set; }
    public List<ItemDoc> Items { get; set; } = [];
}

internal sealed class AreaDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public int Order { get; set; }
}

internal sealed class ItemDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public SourceRefDoc? Source { get; set; }
    public List<string> Keywords { get; set; } = [];
    public List<LocatedText> Related { get; set; } = [];
    public List<BlockDoc> Body { get; set; } = [];
}

internal sealed class SourceRefDoc : LocatedDoc
{
    public string? Doc { get; set; }
    public string? Section { get; set; }
    public string? Pages { get; set; }
}

/// <summary>A body block: exactly one of its kinds is set, and that one names it; <see cref="Id"/> is an optional anchor.</summary>
internal sealed class BlockDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public string? Heading { get; set; }
    public List<EntryDoc>? Bullets { get; set; }
    public List<EntryDoc>? Steps { get; set; }
    public List<EntryDoc>? Questions { get; set; }
    public QuoteDoc? Quote { get; set; }
    public TableDoc? Table { get; set; }
    public ChecklistDoc? Checklist { get; set; }
    public string? Note { get; set; }
    public List<LocatedText>? Show { get; set; }
}

/// <summary>A list entry: its text alone, or <c>{ id: anchor, text: "…" }</c>.</summary>
internal sealed class EntryDoc : LocatedDoc, IFromScalar
{
    public string? Id { get; set; }
    public string? Text { get; set; }

    public void Read(string scalar) => Text = scalar;
}

internal sealed class QuoteDoc : LocatedDoc
{
    public string? Text { get; set; }
    public string? Who { get; set; }
}

internal sealed class TableDoc : LocatedDoc
{
    public List<string> Columns { get; set; } = [];
    public List<List<string>> Rows { get; set; } = [];
}

internal sealed class ChecklistDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<EntryDoc> Items { get; set; } = [];
}
