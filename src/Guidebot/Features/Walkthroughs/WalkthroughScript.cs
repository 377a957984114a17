using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Features.Walkthroughs;

/// <summary>The pages of one walk-through, built from the guide's items by id; the content is checked when the bot starts.</summary>
internal abstract class WalkthroughScript(string id, string firstPage)
{
    /// <summary>The walk-through's id, carried by its buttons.</summary>
    public string Id { get; } = id;

    public string FirstPage { get; } = firstPage;

    /// <summary>The page with this key, or null when there is none (e.g. a key from an older version).</summary>
    public abstract WalkthroughPage? Page(string key);

    protected static Item Require(Guide guide, string itemId) =>
        guide.FindItem(itemId) ?? throw new InvalidOperationException($"A walk-through needs the item '{itemId}', which is not in cards/.");

    /// <summary>Forrige and Næste, where there is a page before or after.</summary>
    protected static IReadOnlyList<WalkthroughChoice> PreviousNext(string? previous, string? next) =>
    [
        .. previous is null ? [] : new[] { new WalkthroughChoice(BotTexts.PreviousButton, previous) },
        .. next is null ? [] : new[] { new WalkthroughChoice(BotTexts.NextButton, next, ["videre", "frem"]) },
    ];

    /// <summary>The entries of an item's first bullet list, e.g. the reasons for resistance.</summary>
    protected static IReadOnlyList<string> Bullets(Item item, int count) =>
        item.Body.OfType<BulletList>().FirstOrDefault() is { } list && list.Entries.Count >= count
            ? [.. list.Texts]
            : throw new InvalidOperationException($"A walk-through needs {count} bullets in the item '{item.Id}'.");
}
