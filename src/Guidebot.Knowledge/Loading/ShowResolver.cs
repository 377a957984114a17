using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Replaces every <see cref="PendingShow"/> by a <see cref="Show"/> of the parts it names, once all items are
/// built. A show may not point at an item that shows others: one level keeps a card's content in view.
/// </summary>
internal static class ShowResolver
{
    public static IReadOnlyList<Area> Resolve(IReadOnlyList<Area> areas, ContentErrors errors)
    {
        var draft = new Guide(areas, new Dictionary<string, Source>());
        var references = new ReferenceChecks(errors);
        return [.. areas.Select(area => area with { Items = [.. area.Items.Select(item => Resolve(item, draft, references, errors))] })];
    }

    private static Item Resolve(Item item, Guide draft, ReferenceChecks references, ContentErrors errors) =>
        item.Body.Any(block => block is PendingShow)
            ? item with { Body = [.. item.Body.Select(block => block is PendingShow pending ? Resolve(item, pending, draft, references, errors) : block)] }
            : item;

    private static Show Resolve(Item item, PendingShow pending, Guide draft, ReferenceChecks references, ContentErrors errors)
    {
        var parts = new List<ContentPart>();
        foreach (var reference in pending.References)
        {
            var part = references.Resolve(draft, pending.File, reference, $"item '{item.Id}': show");
            if (part is null)
            {
                continue;
            }

            if (part.Item.Body.Any(block => block is PendingShow))
            {
                errors.Add(pending.File, reference.Location, $"item '{item.Id}': show: '{part.Item.Id}' shows other items itself; point at the items it shows");
                continue;
            }

            parts.Add(part);
        }

        return new Show(parts) { Id = pending.Id };
    }
}
