using Guidebot.Knowledge.Content;

namespace Guidebot.Features.MyQuestions;

/// <summary>
/// A consultant's questions for the next conversation, kept in user state: the item each comes from and the
/// question as the guide words it — only ever taken from the guide, never typed, so nothing about a citizen.
/// </summary>
internal sealed record SavedQuestions(IReadOnlyList<SavedQuestion> Questions)
{
    /// <summary>Enough for a conversation, and keeps the list card well under the card size limit.</summary>
    public const int Max = 30;

    public static SavedQuestions Empty { get; } = new([]);

    public IReadOnlySet<string> For(string item) =>
        Questions.Where(question => question.Item == item).Select(question => question.Text).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The list with exactly <paramref name="chosen"/> (in the item's order) for <paramref name="item"/>, in the place
    /// of its questions so far; questions new to the list are left out past <see cref="Max"/>, and counted.
    /// </summary>
    public (SavedQuestions Saved, int LeftOut) WithItem(string item, IReadOnlyList<string> chosen)
    {
        var had = For(item);
        var others = Questions.Where(question => question.Item != item).ToList();
        var room = Max - others.Count - chosen.Count(had.Contains);
        var added = chosen.Where(text => !had.Contains(text)).ToList();
        var kept = chosen.Where(text => had.Contains(text) || added.IndexOf(text) < room);
        var at = Questions.TakeWhile(question => question.Item != item).Count();
        others.InsertRange(Math.Min(at, others.Count), kept.Select(text => new SavedQuestion(item, text)));
        return (new SavedQuestions(others), added.Count - Math.Clamp(room, 0, added.Count));
    }

    public SavedQuestions Without(string item, string question) =>
        new([.. Questions.Where(saved => saved.Item != item || saved.Text != question)]);

    /// <summary>The questions grouped by item, in the order the items first appear; questions of items no longer in the guide are left out.</summary>
    public IEnumerable<(Item Item, IReadOnlyList<string> Questions)> ByItem(Guide guide) =>
        Questions.GroupBy(question => question.Item, StringComparer.Ordinal)
            .Select(group => (Item: guide.FindItem(group.Key), Questions: (IReadOnlyList<string>)[.. group.Select(question => question.Text)]))
            .Where(group => group.Item is not null)
            .Select(group => (group.Item!, group.Questions));
}

/// <summary>One question on the list: the item's id and the question's text.</summary>
internal sealed record SavedQuestion(string Item, string Text);
