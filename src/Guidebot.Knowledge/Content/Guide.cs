namespace Guidebot.Knowledge.Content;

/// <summary>The whole guide: every area in menu order, every source, and an index of items by id.</summary>
public sealed class Guide
{
    private readonly Dictionary<string, Item> _itemsById;

    public Guide(IReadOnlyList<Area> areas, IReadOnlyDictionary<string, Source> sources)
    {
        Areas = areas;
        Sources = sources;
        _itemsById = areas.SelectMany(a => a.Items).ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Area> Areas { get; }

    public IReadOnlyDictionary<string, Source> Sources { get; }

    public IEnumerable<Item> Items => Areas.SelectMany(a => a.Items);

    public Area? FindArea(string id) => Areas.FirstOrDefault(a => a.Id == id);

    public Item? FindItem(string id) => _itemsById.GetValueOrDefault(id);
}
