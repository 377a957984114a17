using Guidebot.Features.Reminders;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Cards;

namespace Guidebot.Tests.Cards;

/// <summary>The reminder cards, with and without a guide item, and the longest list a user can have.</summary>
public static class ReminderCardCatalog
{
    public static IEnumerable<NamedCard> All(Guide guide)
    {
        var item = guide.FindItem("flere-skal-med-trin-3-opfoelgning");
        var date = new DateOnly(2025, 6, 10);
        yield return NamedCard.From("reminder confirm, item", ReminderCards.Confirm(item, date));
        yield return NamedCard.From("reminder confirm, plain", ReminderCards.Confirm(null, date));
        yield return NamedCard.From("reminder created", ReminderCards.Saved(ReminderTexts.CreatedTitle, item, date));
        yield return NamedCard.From("reminder list, empty", ReminderCards.List([], ReminderTexts.Deleted));
        var longest = guide.Items.OrderByDescending(i => i.Title.Length).Take(new ReminderOptions().MaxPerUser)
            .Select((i, n) => (new Reminder(Guid.NewGuid().ToString("N"), i.Id, DueTime.At(date.AddDays(7 * n))), (Item?)i)).ToList();
        yield return NamedCard.From("reminder list, full, longest titles", ReminderCards.List(longest));
        yield return NamedCard.From("reminder due, item", ReminderCards.Due(item));
        yield return NamedCard.From("reminder due, plain", ReminderCards.Due(null));
    }
}
