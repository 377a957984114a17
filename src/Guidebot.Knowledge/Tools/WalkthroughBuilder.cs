using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tools;

/// <summary>Builds a <see cref="Walkthrough"/> from its file: pages with unique ids, parts that exist, choices that lead to pages, and every page reachable.</summary>
internal sealed class WalkthroughBuilder(ToolChecks checks)
{
    public Walkthrough? Build(WalkthroughDoc doc)
    {
        var what = $"walkthrough '{doc.Id}'";
        var ok = checks.Id(doc.Id, doc, "a walkthrough");
        var name = checks.Text(doc.Name, doc, "name", what);
        var title = checks.Text(doc.Title, doc, "title", what);
        var area = checks.Area(doc.Area, what);
        if (doc.Pages.Count == 0)
        {
            checks.Fail(doc.At("pages"), $"{what} needs at least one page");
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in doc.Pages)
        {
            ok &= checks.Id(page.Id, page, $"a page of {what}")
                && (ids.Add(page.Id!) || checks.Fail(page.At("id"), $"{what}: page '{page.Id}' is given twice"));
        }

        var pages = doc.Pages.Select((page, index) => BuildPage(doc, page, index, ids, name ?? string.Empty)).ToList();
        ok &= CheckReachable(doc, ids);
        return ok && name is not null && title is not null && pages.All(page => page is not null)
            ? new Walkthrough(doc.Id!, name, title, area, ToolChecks.Commands(doc.Commands), [.. pages.OfType<WalkthroughPage>()])
            : null;
    }

    private WalkthroughPage? BuildPage(WalkthroughDoc walk, PageDoc doc, int index, HashSet<string> pageIds, string name)
    {
        var what = $"walkthrough '{walk.Id}' page '{doc.Id}'";
        var sections = BuildSections(doc, what);
        var choices = (doc.Choices ?? []).Select(choice => BuildChoice(choice, pageIds, what)).ToList();
        if (doc.Choices is { Count: 0 })
        {
            checks.Fail(doc.At("choices"), $"{what}: 'choices:' is empty; leave it out for Forrige/Næste");
            return null;
        }

        if (sections is null || choices.Any(choice => choice is null))
        {
            return null;
        }

        var title = doc.Title?.Trim() ?? sections.SelectMany(section => section.Parts).FirstOrDefault()?.Item.Title;
        if (title is null)
        {
            checks.Fail(doc.Location, $"{what} needs a 'title:' (it shows no item to take the title from)");
            return null;
        }

        var linear = doc.Choices is null;
        var count = walk.Pages.Count;
        return new WalkthroughPage(
            doc.Id!,
            doc.Progress?.Trim() ?? $"{name} · {index + 1} af {count}",
            title,
            sections,
            [.. choices.OfType<PageChoice>()],
            linear && index > 0 ? walk.Pages[index - 1].Id : null,
            linear && !doc.Ends && index < count - 1 ? walk.Pages[index + 1].Id : null,
            doc.Ends);
    }

    private List<PageSection>? BuildSections(PageDoc doc, string what)
    {
        var inline = doc.Heading is not null || doc.Lead is not null || doc.Note is not null || doc.Show is not null;
        if (inline == (doc.Sections is not null))
        {
            checks.Fail(doc.Location, inline
                ? $"{what}: give either 'sections:' or heading/lead/note/show on the page, not both"
                : $"{what} shows nothing: give 'show:' (item ids or item-id#anchor) or 'sections:'");
            return null;
        }

        var sections = doc.Sections is { } list
            ? list.Select(section => BuildSection(section.Heading, section.Lead, section.Note, section.Show, section, what)).ToList()
            : [BuildSection(doc.Heading, doc.Lead, doc.Note, doc.Show ?? [], doc, what)];
        return sections.All(section => section is not null) ? [.. sections.OfType<PageSection>()] : null;
    }

    private PageSection? BuildSection(string? heading, string? lead, string? note, List<LocatedText> show, LocatedDoc doc, string what)
    {
        if (show.Count == 0 && heading is null && lead is null && note is null)
        {
            checks.Fail(doc.Location, $"{what}: a section needs 'show:' or some text (heading, lead, note)");
            return null;
        }

        var parts = checks.Parts(show, $"{what}: show");
        return parts is null ? null : new PageSection(heading?.Trim(), lead?.Trim(), note?.Trim(), parts);
    }

    private PageChoice? BuildChoice(ChoiceDoc doc, HashSet<string> pageIds, string what)
    {
        var title = checks.Text(doc.Title, doc, "title", $"{what}: a choice");
        if (doc.Page is not { } page)
        {
            checks.Fail(doc.Location, $"{what}: a choice needs 'page:'");
            return null;
        }

        if (!pageIds.Contains(page.Value))
        {
            checks.Fail(page.Location, $"{what}: choice '{doc.Title}': no page '{page.Value}'{ContentErrors.DidYouMean(page.Value, pageIds)}");
            return null;
        }

        return title is null ? null : new PageChoice(title, page.Value, ToolChecks.Commands(doc.Also));
    }

    // A page no other page leads to could never be seen (only the first page is where a walk-through starts).
    private bool CheckReachable(WalkthroughDoc doc, HashSet<string> pageIds)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { doc.Pages[0].Id ?? string.Empty };
        for (var index = 0; index < doc.Pages.Count; index++)
        {
            var page = doc.Pages[index];
            var next = page.Choices is { } choices
                ? choices.Select(choice => choice.Page?.Value)
                : [index > 0 ? doc.Pages[index - 1].Id : null, !page.Ends && index < doc.Pages.Count - 1 ? doc.Pages[index + 1].Id : null];
            reached.UnionWith(next.OfType<string>());
        }

        var ok = true;
        foreach (var page in doc.Pages.Where(page => page.Id is not null && pageIds.Contains(page.Id) && !reached.Contains(page.Id)))
        {
            ok = checks.Fail(page.At("id"), $"walkthrough '{doc.Id}': no page leads to page '{page.Id}'");
        }

        return ok;
    }
}
