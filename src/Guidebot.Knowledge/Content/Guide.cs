namespace Guidebot.Knowledge.Content;

/// <summary>The whole guide: every area in menu order, every source, and an index of items by id.</summary>
public sealed class Guide
{
    private readonly Dictionary<string, Item> _itemsById;

    public Guide(IReadOnlyList<Area> areas, IReadOnlyDictionary<string, Source> sources)
    {
        Areas = areas;
        Sources = sources;
        _itemsById = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in areas.SelectMany(a => a.Items))
        {
            _itemsById.TryAdd(item.Id, item); // the loader reports duplicates; the first one stands
        }
    }

    public IReadOnlyList<Area> Areas { get; }

    public IReadOnlyDictionary<string, Source> Sources { get; }

    public IEnumerable<Item> Items => Areas.SelectMany(a => a.Items);

    public Area? FindArea(string id) => Areas.FirstOrDefault(a => a.Id == id);

    public Item? FindItem(string id) => _itemsById.GetValueOrDefault(id);

    /// <summary>The item, block or entry a reference points at, or null when there is none.</summary>
    public ContentPart? Resolve(ContentRef reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return FindItem(reference.ItemId) is not { } item ? null
            : reference.Anchor is null ? new ContentPart(item)
            : item.Find(reference.Anchor);
    }
}
