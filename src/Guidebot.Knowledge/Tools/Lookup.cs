using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Tools;

/// <summary>A lookup: a start card with lists of entries to open (e.g. the employer's motivation factors) and items for quick access.</summary>
public sealed record Lookup(string Id, string Title, string Intro, string? AreaId, IReadOnlyList<string> Commands, IReadOnlyList<LookupList> Lists, IReadOnlyList<Item> QuickAccess) : ITool
{
    public LookupList? FindList(string id) => Lists.FirstOrDefault(list => list.Id == id);
}

/// <summary>
/// One list of a lookup: items to choose from (<see cref="Entries"/>), or parts shown together on one card
/// (<see cref="Show"/>). <see cref="EntryHeading"/> stands over an entry's own text on its card.
/// </summary>
public sealed record LookupList(string Id, string Title, string Prompt, string? EntryHeading, IReadOnlyList<Item> Entries, IReadOnlyList<ContentPart> Show)
{
    public int IndexOf(Item entry) => Entries.TakeWhile(item => item.Id != entry.Id).Count();

    public Item? FindEntry(string id) => Entries.FirstOrDefault(item => item.Id == id);
}
