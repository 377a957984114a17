using System.Text.RegularExpressions;
using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>Turns parsed area files into <see cref="Area"/>s, checking ids, sources and links across files.</summary>
internal sealed partial class AreaBuilder(IReadOnlyDictionary<string, Source> sources, List<ContentError> errors)
{
    private readonly List<(int Order, Area Area)> _areas = [];
    private readonly Dictionary<string, (string File, int Line)> _itemLocations = new(StringComparer.Ordinal);
    private readonly List<(string File, int Line, string From, string To)> _links = [];

    public void Add(AreaFile file, string fileName)
    {
        if (file.Area is not { } doc)
        {
            errors.Add(new ContentError(fileName, 1, "missing 'area:' section"));
            return;
        }

        RequireId(doc.Id, fileName, doc.Line, "area");
        RequireText(doc.Title, fileName, doc.Line, "area title");
        RequireText(doc.Summary, fileName, doc.Line, "area summary");
        if (_areas.Any(a => a.Area.Id == doc.Id))
        {
            errors.Add(new ContentError(fileName, doc.Line, $"duplicate area id '{doc.Id}'"));
        }

        if (file.Items.Count == 0)
        {
            errors.Add(new ContentError(fileName, doc.Line, "an area needs at least one item"));
        }

        var areaId = doc.Id ?? string.Empty;
        var items = file.Items.Select(item => BuildItem(item, areaId, fileName)).ToList();
        _areas.Add((doc.Order, new Area(areaId, Trim(doc.Title), Trim(doc.Summary), items)));
    }

    public IReadOnlyList<Area> Finish()
    {
        foreach (var (file, line, from, to) in _links)
        {
            if (to == from)
            {
                errors.Add(new ContentError(file, line, $"item '{from}' lists itself as related"));
            }
            else if (!_itemLocations.ContainsKey(to))
            {
                errors.Add(new ContentError(file, line, $"item '{from}' is related to '{to}', which does not exist"));
            }
        }

        return [.. _areas.OrderBy(a => a.Order).Select(a => a.Area)];
    }

    private Item BuildItem(ItemDoc doc, string areaId, string file)
    {
        var id = doc.Id ?? string.Empty;
        RequireId(doc.Id, file, doc.Line, "item");
        RequireText(doc.Title, file, doc.Line, $"title of item '{id}'");
        if (doc.Id is not null && !_itemLocations.TryAdd(doc.Id, (file, doc.Line)))
        {
            var first = _itemLocations[doc.Id];
            errors.Add(new ContentError(file, doc.Line, $"duplicate item id '{doc.Id}' (first at {first.File}:{first.Line})"));
        }

        if (doc.Body.Count == 0)
        {
            errors.Add(new ContentError(file, doc.Line, $"item '{id}' has an empty body"));
        }

        foreach (var keyword in doc.Keywords.Where(string.IsNullOrWhiteSpace))
        {
            errors.Add(new ContentError(file, doc.Line, $"item '{id}' has an empty keyword"));
        }

        _links.AddRange(doc.Related.Select(to => (file, doc.Line, id, to)));
        var blocks = new BlockBuilder(file, id, errors);
        return new Item(
            id,
            areaId,
            Trim(doc.Title),
            BuildSource(doc, file),
            [.. doc.Body.Select(blocks.Build).OfType<Block>()],
            [.. doc.Keywords.Select(k => k.Trim())],
            [.. doc.Related]);
    }

    private SourceReference BuildSource(ItemDoc item, string file)
    {
        var unknown = new SourceReference(new Source("?", "?", IsBotsOwn: false), null);
        if (item.Source is not { } doc)
        {
            errors.Add(new ContentError(file, item.Line, $"item '{item.Id}' has no source"));
            return unknown;
        }

        if (doc.Doc is null || !sources.TryGetValue(doc.Doc, out var source))
        {
            errors.Add(new ContentError(file, doc.Line, $"item '{item.Id}' names unknown source '{doc.Doc}' (see sources.yaml)"));
            return unknown;
        }

        if (!source.IsBotsOwn && string.IsNullOrWhiteSpace(doc.Section))
        {
            errors.Add(new ContentError(file, doc.Line, $"item '{item.Id}' needs the section of '{source.Id}' it comes from"));
        }

        return new SourceReference(source, string.IsNullOrWhiteSpace(doc.Section) ? null : doc.Section.Trim());
    }

    private void RequireId(string? id, string file, int line, string what)
    {
        if (id is null || !IdPattern().IsMatch(id))
        {
            errors.Add(new ContentError(file, line, $"{what} id '{id}' must be lower-case letters, digits and dashes"));
        }
    }

    private void RequireText(string? text, string file, int line, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new ContentError(file, line, $"{what} is empty"));
        }
    }

    private static string Trim(string? text) => text?.Trim() ?? string.Empty;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex IdPattern();
}
