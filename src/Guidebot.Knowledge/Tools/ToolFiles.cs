using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tools;

// The shapes of cards/tools/*.yaml, exactly as a methods consultant writes them: one tool per file. A field
// not declared here is reported where it stands and skipped.

internal sealed class ToolFile : LocatedDoc
{
    public WalkthroughDoc? Walkthrough { get; set; }
    public ChecklistToolDoc? Checklists { get; set; }
    public LookupDoc? Lookup { get; set; }
}

internal sealed class WalkthroughDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    public LocatedText? Area { get; set; }
    public List<string> Commands { get; set; } = [];
    public List<PageDoc> Pages { get; set; } = [];
}

/// <summary>A page: <c>sections:</c>, or the fields of one section (heading, lead, note, show) on the page itself.</summary>
internal sealed class PageDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Progress { get; set; }
    public string? Title { get; set; }
    public string? Heading { get; set; }
    public string? Lead { get; set; }
    public string? Note { get; set; }
    public List<LocatedText>? Show { get; set; }
    public List<SectionDoc>? Sections { get; set; }
    public List<ChoiceDoc>? Choices { get; set; }
    public bool Ends { get; set; }
}

internal sealed class SectionDoc : LocatedDoc
{
    public string? Heading { get; set; }
    public string? Lead { get; set; }
    public string? Note { get; set; }
    public List<LocatedText> Show { get; set; } = [];
}

internal sealed class ChoiceDoc : LocatedDoc
{
    public string? Title { get; set; }
    public LocatedText? Page { get; set; }
    public List<string> Also { get; set; } = [];
}

internal sealed class ChecklistToolDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Prompt { get; set; }
    public LocatedText? Area { get; set; }
    public List<string> Commands { get; set; } = [];
    public List<TickListDoc> Lists { get; set; } = [];
}

internal sealed class TickListDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Button { get; set; }
    public List<TickSectionDoc> Sections { get; set; } = [];
}

internal sealed class TickSectionDoc : LocatedDoc
{
    public string? Label { get; set; }
    public bool Reminder { get; set; }
    public List<LocatedText> Points { get; set; } = [];
}

internal sealed class LookupDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Intro { get; set; }
    public LocatedText? Area { get; set; }
    public List<string> Commands { get; set; } = [];
    public List<LookupListDoc> Lists { get; set; } = [];
    public List<LocatedText> QuickAccess { get; set; } = [];
}

internal sealed class LookupListDoc : LocatedDoc
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Prompt { get; set; }
    public string? EntryHeading { get; set; }
    public List<LocatedText> Entries { get; set; } = [];
    public List<LocatedText> Show { get; set; } = [];
}
