using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tools;

/// <summary>
/// Builds a <see cref="ChecklistTool"/>: each point names one entry of the guide (<c>item-id#entry</c>) or a
/// whole list or checklist block (<c>item-id#block</c>, all its entries); every entry needs an id, because
/// the ticks saved for it are kept under its reference.
/// </summary>
internal sealed class ChecklistBuilder(ToolChecks checks, HashSet<string> listIds)
{
    public ChecklistTool? Build(ChecklistToolDoc doc)
    {
        var what = $"checklists '{doc.Id}'";
        var ok = checks.Id(doc.Id, doc, "a checklist tool");
        var title = checks.Text(doc.Title, doc, "title", what);
        var prompt = checks.Text(doc.Prompt, doc, "prompt", what);
        var area = checks.Area(doc.Area, what);
        if (doc.Lists.Count == 0)
        {
            ok = checks.Fail(doc.At("lists"), $"{what} needs at least one list");
        }

        var lists = doc.Lists.Select(list => BuildList(list, what)).ToList();
        return ok && title is not null && prompt is not null && lists.All(list => list is not null)
            ? new ChecklistTool(doc.Id!, title, prompt, area, ToolChecks.Commands(doc.Commands), [.. lists.OfType<TickList>()])
            : null;
    }

    private TickList? BuildList(TickListDoc doc, string tool)
    {
        var what = $"{tool} list '{doc.Id}'";
        var ok = checks.Id(doc.Id, doc, $"a list of {tool}")
            && (listIds.Add(doc.Id!) || checks.Fail(doc.At("id"), $"{what}: the list id is used by another list (ticks are saved by it)"));
        var title = checks.Text(doc.Title, doc, "title", what);
        var button = checks.Text(doc.Button, doc, "button", what);
        if (doc.Sections.Count == 0)
        {
            ok = checks.Fail(doc.At("sections"), $"{what} needs at least one section");
        }

        var points = new HashSet<string>(StringComparer.Ordinal);
        var sections = doc.Sections.Select(section => BuildSection(section, what, points)).ToList();
        return ok && title is not null && button is not null && sections.All(section => section is not null)
            ? new TickList(doc.Id!, title, button, [.. sections.OfType<TickSection>()])
            : null;
    }

    private TickSection? BuildSection(TickSectionDoc doc, string list, HashSet<string> seen)
    {
        var what = $"{list} section '{doc.Label}'";
        var label = checks.Text(doc.Label, doc, "label", what);
        if (doc.Points.Count == 0)
        {
            checks.Fail(doc.At("points"), $"{what} needs at least one point");
            return null;
        }

        var resolved = doc.Points.Select(reference => (Reference: reference, Part: checks.Part(reference, $"{what}: points"))).ToList();
        if (label is null || resolved.Any(r => r.Part is null))
        {
            return null;
        }

        var items = resolved.Select(r => r.Part!.Item).Distinct().ToList();
        if (items.Count > 1)
        {
            checks.Fail(doc.At("points"), $"{what}: points come from {items.Count} items; a section shows one item's points under its source");
            return null;
        }

        var points = resolved.SelectMany(r => Points(r.Reference, r.Part!, what, seen)).ToList();
        if (points.Any(point => point is null))
        {
            return null;
        }

        var heading = resolved.Select(r => r.Part!.Block).OfType<Checklist>().FirstOrDefault()?.Title ?? items[0].Title;
        return new TickSection(label, heading, items[0], [.. points.OfType<TickPoint>()], doc.Reminder);
    }

    private IEnumerable<TickPoint?> Points(LocatedText reference, ContentPart part, string what, HashSet<string> seen)
    {
        if (part.Block is not EntryList list)
        {
            checks.Fail(reference.Location, $"{what}: '{reference.Value}' is not a list entry or a list; points must be tickable entries");
            return [null];
        }

        var entries = part.Entry is { } entry ? [entry] : list.Entries;
        return entries.Select(entry =>
        {
            if (entry.Id is null)
            {
                checks.Fail(reference.Location, $"{what}: an entry of '{reference.Value}' has no id; write it as {{ id: …, text: \"…\" }} so its tick can be saved");
                return null;
            }

            var id = new ContentRef(part.Item.Id, entry.Id).ToString();
            return seen.Add(id) ? new TickPoint(id, entry.Text) : Twice(reference, id, what);
        });
    }

    private TickPoint? Twice(LocatedText reference, string id, string what)
    {
        checks.Fail(reference.Location, $"{what}: the point '{id}' is in the list twice");
        return null;
    }
}
