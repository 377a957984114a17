namespace Guidebot.Knowledge.Loading;

// The shapes of the YAML files in cards/, exactly as a methods consultant writes them.
// Any property not declared here is an error (YamlDotNet reports it with its line).

internal interface ILocated
{
    int Line { get; set; }
}

internal sealed class SourcesFile
{
    public List<SourceDoc> Sources { get; set; } = [];
}

internal sealed class SourceDoc : ILocated
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public bool Own { get; set; }
    public int Line { get; set; }
}

internal sealed class AreaFile
{
    public AreaDoc? Area { get; set; }
    public List<ItemDoc> Items { get; set; } = [];
}

internal sealed class AreaDoc : ILocated
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public int Order { get; set; }
    public int Line { get; set; }
}

internal sealed class ItemDoc : ILocated
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public SourceRefDoc? Source { get; set; }
    public List<string> Keywords { get; set; } = [];
    public List<string> Related { get; set; } = [];
    public List<BlockDoc> Body { get; set; } = [];
    public int Line { get; set; }
}

internal sealed class SourceRefDoc : ILocated
{
    public string? Doc { get; set; }
    public string? Section { get; set; }
    public int Line { get; set; }
}

/// <summary>A body block: exactly one of its properties is set, and that one names its kind.</summary>
internal sealed class BlockDoc : ILocated
{
    public string? Text { get; set; }
    public string? Heading { get; set; }
    public List<string>? Bullets { get; set; }
    public List<string>? Steps { get; set; }
    public List<string>? Questions { get; set; }
    public QuoteDoc? Quote { get; set; }
    public TableDoc? Table { get; set; }
    public ChecklistDoc? Checklist { get; set; }
    public int Line { get; set; }
}

internal sealed class QuoteDoc
{
    public string? Text { get; set; }
    public string? Who { get; set; }
}

internal sealed class TableDoc
{
    public List<string> Columns { get; set; } = [];
    public List<List<string>> Rows { get; set; } = [];
}

internal sealed class ChecklistDoc
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<ChecklistItemDoc> Items { get; set; } = [];
}

internal sealed class ChecklistItemDoc : ILocated
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public int Line { get; set; }
}
