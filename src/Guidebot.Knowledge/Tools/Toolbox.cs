namespace Guidebot.Knowledge.Tools;

/// <summary>
/// The guide's tools from cards/tools/: walk-throughs, checklists and lookups. Each refers to the guide's
/// items by id and anchor, and each can be offered on an area's card and started by typed words.
/// </summary>
public sealed record Toolbox(IReadOnlyList<Walkthrough> Walkthroughs, IReadOnlyList<ChecklistTool> Checklists, IReadOnlyList<Lookup> Lookups)
{
    public static Toolbox Empty { get; } = new([], [], []);

    public IEnumerable<ITool> All => [.. Walkthroughs, .. Checklists, .. Lookups];

    public Walkthrough? FindWalkthrough(string id) => Walkthroughs.FirstOrDefault(w => w.Id == id);

    public ChecklistTool? FindChecklistTool(string id) => Checklists.FirstOrDefault(c => c.Id == id);

    /// <summary>The list with this id in any checklist tool (ids are unique across tools: ticks are saved by it).</summary>
    public TickList? FindTickList(string id) => Checklists.SelectMany(c => c.Lists).FirstOrDefault(l => l.Id == id);

    public Lookup? FindLookup(string id) => Lookups.FirstOrDefault(l => l.Id == id);

    /// <summary>The tools an area's card offers, in file order.</summary>
    public IEnumerable<ITool> ForArea(string areaId) => All.Where(tool => tool.AreaId == areaId);
}

/// <summary>What every tool has: a stable id, the bot's title for its button, the area that offers it, the words that start it.</summary>
public interface ITool
{
    string Id { get; }

    string Title { get; }

    string? AreaId { get; }

    IReadOnlyList<string> Commands { get; }
}
