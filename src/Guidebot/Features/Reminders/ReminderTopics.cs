using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Search;

namespace Guidebot.Features.Reminders;

/// <summary>
/// What a reminder is about: the guide item the words of the request match best, by the same search as a typed question
/// (so "opfølgning efter job" finds the item on following up after the citizen has found work), or no item — a plain
/// follow-up — when they match nothing well. Only the item's id is stored; the words are forgotten.
/// </summary>
internal sealed class ReminderTopics(Guide guide, GuideSearch search)
{
    public Item? Match(string subject) =>
        !string.IsNullOrWhiteSpace(subject) && search.Search(subject, 1) is { Kind: SearchResultKind.Match } result ? result.Hits[0].Item : null;

    /// <summary>The item of a stored or clicked id; null for none, and for an id the guide no longer has (a plain follow-up then).</summary>
    public Item? Find(string? id) => id is null ? null : guide.FindItem(id);

    /// <summary>What the cards call the topic.</summary>
    public static string Title(Item? item) => item?.Title ?? ReminderTexts.PlainTopic;
}
