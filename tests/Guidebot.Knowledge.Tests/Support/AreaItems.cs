namespace Guidebot.Knowledge.Tests.Support;

/// <summary>Looking up an item of an area and the blocks of its body.</summary>
public static class AreaItems
{
    public static Item Item(this Area area, string id) =>
        area.Items.SingleOrDefault(i => i.Id == id) ?? throw new InvalidOperationException($"area '{area.Id}' has no item '{id}'.");

    /// <summary>The blocks of type <typeparamref name="T"/> in an item, in order.</summary>
    public static IEnumerable<T> Blocks<T>(this Area area, string itemId)
        where T : Block =>
        area.Item(itemId).Body.OfType<T>();

    /// <summary>The single block of type <typeparamref name="T"/> in an item.</summary>
    public static T Block<T>(this Area area, string itemId)
        where T : Block =>
        Assert.Single(area.Blocks<T>(itemId));

    public static Checklist Checklist(this Area area, string itemId, string checklistId) =>
        area.Blocks<Checklist>(itemId).Single(c => c.Id == checklistId);

    /// <summary>The entries of the item's single block of kind <paramref name="listKind"/>: bullets, steps, questions or a checklist.</summary>
    public static IReadOnlyList<string> Entries(this Area area, string itemId, Type listKind) =>
        Assert.Single(area.Item(itemId).Body, block => block.GetType() == listKind) switch
        {
            BulletList b => b.Texts,
            NumberedList n => n.Texts,
            QuestionList q => q.Texts,
            Checklist c => [.. c.Entries.Select(i => i.Text)],
            var other => throw new ArgumentException($"{other.GetType().Name} is not a list.", nameof(listKind)),
        };
}
