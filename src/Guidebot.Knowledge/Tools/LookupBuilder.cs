using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tools;

/// <summary>Builds a <see cref="Lookup"/>: each list either names items to open (<c>entries:</c>) or parts to show together (<c>show:</c>).</summary>
internal sealed class LookupBuilder(ToolChecks checks)
{
    public Lookup? Build(LookupDoc doc)
    {
        var what = $"lookup '{doc.Id}'";
        var ok = checks.Id(doc.Id, doc, "a lookup");
        var title = checks.Text(doc.Title, doc, "title", what);
        var intro = checks.Text(doc.Intro, doc, "intro", what);
        var area = checks.Area(doc.Area, what);
        if (doc.Lists.Count == 0)
        {
            ok = checks.Fail(doc.At("lists"), $"{what} needs at least one list");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lists = doc.Lists.Select(list => BuildList(list, what, ids)).ToList();
        var quick = checks.Items(doc.QuickAccess, $"{what}: quickAccess");
        return ok && title is not null && intro is not null && quick is not null && lists.All(list => list is not null)
            ? new Lookup(doc.Id!, title, intro, area, ToolChecks.Commands(doc.Commands), [.. lists.OfType<LookupList>()], quick)
            : null;
    }

    private LookupList? BuildList(LookupListDoc doc, string lookup, HashSet<string> ids)
    {
        var what = $"{lookup} list '{doc.Id}'";
        var ok = checks.Id(doc.Id, doc, $"a list of {lookup}")
            && (ids.Add(doc.Id!) || checks.Fail(doc.At("id"), $"{what} is given twice"));
        var title = checks.Text(doc.Title, doc, "title", what);
        var prompt = checks.Text(doc.Prompt, doc, "prompt", what);
        if ((doc.Entries.Count == 0) == (doc.Show.Count == 0))
        {
            ok = checks.Fail(doc.Location, $"{what} needs either 'entries:' (items to choose from) or 'show:' (parts shown together), not both");
        }

        var entries = checks.Items(doc.Entries, $"{what}: entries");
        var show = checks.Parts(doc.Show, $"{what}: show");
        foreach (var twice in doc.Entries.GroupBy(entry => entry.Value).Where(group => group.Count() > 1))
        {
            ok = checks.Fail(twice.Last().Location, $"{what}: entry '{twice.Key}' is given twice");
        }

        return ok && title is not null && prompt is not null && entries is not null && show is not null
            ? new LookupList(doc.Id!, title, prompt, doc.EntryHeading?.Trim(), entries, show)
            : null;
    }
}
