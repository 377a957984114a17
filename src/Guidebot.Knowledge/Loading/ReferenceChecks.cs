using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Checks ids that refer to other content (<c>item-id</c> or <c>item-id#anchor</c>) and reports each bad one
/// where it stands, with the closest existing id. Areas refer to items of files not read yet, so their
/// references wait (<see cref="Require"/>) until every item is known (<see cref="Check"/>).
/// </summary>
internal sealed class ReferenceChecks(ContentErrors errors)
{
    private readonly List<(string File, LocatedText Reference, string What, bool ItemOnly)> _pending = [];

    public void Require(string file, LocatedText reference, string what, bool itemOnly = false) => _pending.Add((file, reference, what, itemOnly));

    public void Check(Guide guide)
    {
        foreach (var (file, reference, what, itemOnly) in _pending)
        {
            _ = itemOnly ? ResolveItem(guide, file, reference, what) : Resolve(guide, file, reference, what)?.Item;
        }

        _pending.Clear();
    }

    /// <summary>The item an id names (no anchor allowed), or null after reporting why there is none.</summary>
    public Item? ResolveItem(Guide guide, string file, LocatedText reference, string what)
    {
        if (reference.Value.Contains(ContentRef.Separator, StringComparison.Ordinal))
        {
            errors.Add(file, reference.Location, $"{what}: '{reference.Value}' must be an item id, without '{ContentRef.Separator}'");
            return null;
        }

        return Resolve(guide, file, reference, what)?.Item;
    }

    /// <summary>What the reference points at, or null after reporting why there is nothing.</summary>
    public ContentPart? Resolve(Guide guide, string file, LocatedText reference, string what)
    {
        var target = ContentRef.Parse(reference.Value);
        if (guide.FindItem(target.ItemId) is not { } item)
        {
            errors.Add(file, reference.Location, $"{what}: no item '{target.ItemId}'{ContentErrors.DidYouMean(target.ItemId, guide.Items.Select(i => i.Id))}");
            return null;
        }

        if (target.Anchor is null)
        {
            return new ContentPart(item);
        }

        if (item.Find(target.Anchor) is { } part)
        {
            return part;
        }

        var anchors = item.Anchors.ToList();
        errors.Add(file, reference.Location, anchors.Count == 0
            ? $"{what}: item '{item.Id}' has no anchors; give the block or entry an 'id:' to point at it"
            : $"{what}: item '{item.Id}' has no anchor '{target.Anchor}'{ContentErrors.DidYouMean(target.Anchor, anchors)}");
        return null;
    }
}
