using System.Text.RegularExpressions;
using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>Turns parsed area files into <see cref="Area"/>s, checking ids and sources; links across files are checked by <see cref="ReferenceChecks"/>.</summary>
internal sealed partial class AreaBuilder(IReadOnlyDictionary<string, Source> sources, ContentErrors errors, ReferenceChecks references)
{
    private readonly List<(int Order, Area Area)> _areas = [];
    private readonly Dictionary<string, (string File, Location At)> _itemLocations = new(StringComparer.Ordinal);

    public void Add(AreaFile file, string fileName)
    {
        if (file.Area is not { } doc)
        {
            errors.Add(fileName, new Location(1, 1), "missing 'area:' section");
            return;
        }

        RequireId(doc.Id, fileName, doc.At("id"), "area");
        RequireText(doc.Title, fileName, doc.At("title"), "area title");
        RequireText(doc.Summary, fileName, doc.At("summary"), "area summary");
        if (_areas.Any(a => a.Area.Id == doc.Id))
        {
            errors.Add(fileName, doc.At("id"), $"duplicate area id '{doc.Id}'");
        }

        if (file.Items.Count == 0)
        {
            errors.Add(fileName, doc.Location, "an area needs at least one item");
        }

        var areaId = doc.Id ?? string.Empty;
        var items = file.Items.Select(item => BuildItem(item, areaId, fileName)).ToList();
        _areas.Add((doc.Order, new Area(areaId, Trim(doc.Title), Trim(doc.Summary), items)));
    }

    public IReadOnlyList<Area> Finish() => [.. _areas.OrderBy(a => a.Order).Select(a => a.Area)];

    private Item BuildItem(ItemDoc doc, string areaId, string file)
    {
        var id = doc.Id ?? string.Empty;
        RequireId(doc.Id, file, doc.At("id"), "item");
        RequireText(doc.Title, file, doc.At("title"), $"title of item '{id}'");
        if (doc.Id is not null && !_itemLocations.TryAdd(doc.Id, (file, doc.At("id"))))
        {
            var first = _itemLocations[doc.Id];
            errors.Add(file, doc.At("id"), $"duplicate item id '{doc.Id}' (first at {first.File}:{first.At.Line})");
        }

        if (doc.Body.Count == 0)
        {
            errors.Add(file, doc.At("body"), $"item '{id}' has an empty body");
        }

        if (doc.Keywords.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(file, doc.At("keywords"), $"item '{id}' has an empty keyword");
        }

        foreach (var link in doc.Related)
        {
            CheckRelated(file, id, link);
        }

        var blocks = new BlockBuilder(file, id, errors);
        return new Item(
            id,
            areaId,
            Trim(doc.Title),
            BuildSource(doc, file),
            [.. doc.Body.Select(blocks.Build).OfType<Block>()],
            [.. doc.Keywords.Select(k => k.Trim())],
            [.. doc.Related.Select(link => link.Value)]);
    }

    private void CheckRelated(string file, string itemId, LocatedText link)
    {
        if (link.Value == itemId)
        {
            errors.Add(file, link.Location, $"item '{itemId}': related: lists itself");
        }
        else
        {
            references.Require(file, link, $"item '{itemId}': related", itemOnly: true);
        }
    }

    private SourceReference BuildSource(ItemDoc item, string file)
    {
        var unknown = new SourceReference(new Source("?", "?", IsBotsOwn: false), null);
        if (item.Source is not { } doc)
        {
            errors.Add(file, item.Location, $"item '{item.Id}' has no source");
            return unknown;
        }

        if (doc.Doc is null || !sources.TryGetValue(doc.Doc, out var source))
        {
            errors.Add(file, doc.At("doc"), $"item '{item.Id}': source: no document '{doc.Doc}' in sources.yaml{ContentErrors.DidYouMean(doc.Doc ?? string.Empty, sources.Keys)}");
            return unknown;
        }

        if (!source.IsBotsOwn && string.IsNullOrWhiteSpace(doc.Section))
        {
            errors.Add(file, doc.Location, $"item '{item.Id}' needs the section of '{source.Id}' it comes from");
        }

        if (source.IsBotsOwn && doc.Pages is not null)
        {
            errors.Add(file, doc.At("pages"), $"item '{item.Id}': the bot's own wording has no pages");
        }

        return new SourceReference(source, NullIfBlank(doc.Section), NullIfBlank(doc.Pages));
    }

    private void RequireId(string? id, string file, Location at, string what)
    {
        if (id is null || !IdPattern().IsMatch(id))
        {
            errors.Add(file, at, $"{what} id '{id}' must be lower-case letters, digits and dashes");
        }
    }

    private void RequireText(string? text, string file, Location at, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(file, at, $"{what} is empty");
        }
    }

    private static string Trim(string? text) => text?.Trim() ?? string.Empty;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex IdPattern();
}
