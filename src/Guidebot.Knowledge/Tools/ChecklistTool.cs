using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Tools;

/// <summary>A set of checklists to choose from (e.g. step-up: health or family barriers); titles and prompt are the bot's.</summary>
public sealed record ChecklistTool(string Id, string Title, string Prompt, string? AreaId, IReadOnlyList<string> Commands, IReadOnlyList<TickList> Lists) : ITool;

/// <summary>One checklist of tickable points from the guide, in sections; ticks are saved by <see cref="Id"/> and point ids.</summary>
public sealed record TickList(string Id, string Title, string Button, IReadOnlyList<TickSection> Sections)
{
    public IEnumerable<TickPoint> Points => Sections.SelectMany(section => section.Points);

    public int Count => Sections.Sum(section => section.Points.Count);

    /// <summary>The ids among <paramref name="ids"/> that are points of this list, in list order.</summary>
    public IReadOnlyList<string> Known(IEnumerable<string> ids)
    {
        var set = ids.ToHashSet(StringComparer.Ordinal);
        return [.. Points.Select(point => point.Id).Where(set.Contains)];
    }
}

/// <summary>
/// A section: the bot's label, the source's own heading for its points (a checklist's title, else the item's),
/// the item they come from, the points, and whether it is a reminder to set apart.
/// </summary>
public sealed record TickSection(string Label, string Heading, Item Item, IReadOnlyList<TickPoint> Points, bool IsReminder);

/// <summary>A tickable point: its id (the entry's reference, <c>item-id#anchor</c>) and the source's words.</summary>
public sealed record TickPoint(string Id, string Text);
