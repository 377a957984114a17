namespace Guidebot.Features.Reminders;

/// <summary>
/// The due index every instance reads (one document, <see cref="ReminderStore.ScheduleKey"/>): when each reminder is due and
/// whose book holds it, so the scheduler finds what is due without scanning the users. The book is the truth: an entry whose
/// reminder has been deleted is dropped when it comes due.
/// </summary>
internal sealed record ReminderSchedule(IReadOnlyList<ScheduledReminder> Entries)
{
    public static readonly ReminderSchedule Empty = new([]);
}

/// <summary>
/// A reminder waiting to be sent: its id, the key of the book holding it, when to try (next), how many sends have failed, and,
/// while an instance is sending it, until when that instance holds it.
/// </summary>
internal sealed record ScheduledReminder(string Id, string Book, DateTimeOffset Due, int Failures = 0, DateTimeOffset? ClaimedUntil = null)
{
    /// <summary>When an instance may take it: when due, and not before another instance's claim runs out.</summary>
    public DateTimeOffset Available => ClaimedUntil is { } until && until > Due ? until : Due;
}
