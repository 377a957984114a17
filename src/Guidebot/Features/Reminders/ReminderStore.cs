using System.Text.Json.Serialization.Metadata;
using Guidebot.Bot;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Storage;

namespace Guidebot.Features.Reminders;

/// <summary>
/// The reminders in the bot's <see cref="IStorage"/> (the state's, so Memory, SQLite or Redis): one <see cref="ReminderBook"/>
/// per user and one <see cref="ReminderSchedule"/> for all. Every change reads a document and writes it back with the ETag it
/// read, again on a conflict, so concurrent turns and instances never lose each other's changes.
/// </summary>
internal sealed class ReminderStore(IStorage storage)
{
    public const string ScheduleKey = "reminders:schedule";

    // Another writer made progress whenever a write conflicts, so this bound is only a guard against a broken storage.
    private const int MaxAttempts = 100;

    /// <summary>
    /// The key of a user's book. Colons and escaped ids, no slash: every state key ({channel}/users/…, {channel}/conversations/…)
    /// holds a slash, so no id a client sends can make a state key that overwrites a reminder document.
    /// </summary>
    public static string BookKey(string channelId, string userId) =>
        $"reminders:{Uri.EscapeDataString(channelId)}:{Uri.EscapeDataString(userId)}";

    public async Task<IReadOnlyList<Reminder>> ListAsync(string book, CancellationToken cancellationToken) =>
        (await ReadBookAsync(book, cancellationToken))?.Reminders ?? [];

    public async Task<ReminderBook?> ReadBookAsync(string book, CancellationToken cancellationToken) =>
        (await storage.ReadAsync(book, AppJson.Default.ReminderBook, cancellationToken))?.Value;

    /// <summary>
    /// Adds a reminder for the user of <paramref name="conversation"/>, to be sent there; the book keeps the newest conversation.
    /// Not when the user has one for the same topic and time already (a second click, a turn run again) or has <paramref name="max"/>.
    /// </summary>
    public async Task<AddOutcome> AddAsync(ConversationReference conversation, string? item, DateTimeOffset due, int max, CancellationToken cancellationToken)
    {
        var book = BookKey(conversation.ChannelId, conversation.UserId);
        var reminder = new Reminder(Guid.NewGuid().ToString("N"), item, due);

        // The schedule first: an entry whose reminder never reaches the book is dropped when due, while a reminder missing
        // from the schedule would never be sent.
        await UpdateAsync(ScheduleKey, AppJson.Default.ReminderSchedule, schedule =>
            new ReminderSchedule([.. (schedule ?? ReminderSchedule.Empty).Entries, new ScheduledReminder(reminder.Id, book, due)]), cancellationToken);

        var outcome = AddOutcome.Added;
        await UpdateAsync(book, AppJson.Default.ReminderBook, current =>
        {
            var reminders = current?.Reminders ?? [];
            outcome = reminders.Any(r => r.Item == item && r.Due == due) ? AddOutcome.Exists
                : reminders.Count >= max ? AddOutcome.Full
                : AddOutcome.Added;
            return outcome == AddOutcome.Added ? new ReminderBook(conversation, [.. reminders, reminder]) : null;
        }, cancellationToken);
        return outcome;
    }

    /// <summary>Removes a reminder from its user's book; false when it was not there. Its schedule entry goes when it comes due.</summary>
    public async Task<bool> RemoveAsync(string book, string id, CancellationToken cancellationToken)
    {
        var removed = false;
        await UpdateAsync(book, AppJson.Default.ReminderBook, current =>
        {
            removed = current?.Reminders.Any(r => r.Id == id) == true;
            return current is not null && removed ? current with { Reminders = [.. current.Reminders.Where(r => r.Id != id)] } : null;
        }, cancellationToken);
        return removed;
    }

    /// <summary>
    /// Takes the reminder due longest ago for this instance: it is marked as held until <paramref name="now"/> + <paramref name="lease"/>,
    /// in a write that fails if another instance changed the schedule since it was read — so only one instance takes it.
    /// </summary>
    public async Task<ScheduledReminder?> ClaimNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ScheduledReminder? claimed = null;
        await UpdateAsync(ScheduleKey, AppJson.Default.ReminderSchedule, schedule =>
        {
            var entries = (schedule ?? ReminderSchedule.Empty).Entries;
            var due = entries.Where(entry => entry.Available <= now).MinBy(entry => entry.Due);
            claimed = due is null ? null : due with { ClaimedUntil = now + lease };
            return claimed is null ? null : new ReminderSchedule([.. entries.Select(entry => entry.Id == claimed.Id ? claimed : entry)]);
        }, cancellationToken);
        return claimed;
    }

    /// <summary>When the next reminder can be taken, or null when none is waiting.</summary>
    public async Task<DateTimeOffset?> NextAvailableAsync(CancellationToken cancellationToken) =>
        (await storage.ReadAsync(ScheduleKey, AppJson.Default.ReminderSchedule, cancellationToken))?.Value.Entries
            .Select(entry => (DateTimeOffset?)entry.Available).Min();

    /// <summary>Gives a claimed reminder back to be tried again at <paramref name="retryAt"/>, counting the failed send.</summary>
    public Task RetryLaterAsync(ScheduledReminder claimed, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        ReplaceEntryAsync(claimed.Id, claimed with { Due = retryAt, Failures = claimed.Failures + 1, ClaimedUntil = null }, cancellationToken);

    /// <summary>Takes a reminder off the schedule (sent, given up on, or deleted by its user).</summary>
    public Task UnscheduleAsync(ScheduledReminder entry, CancellationToken cancellationToken) =>
        ReplaceEntryAsync(entry.Id, null, cancellationToken);

    private Task ReplaceEntryAsync(string id, ScheduledReminder? replacement, CancellationToken cancellationToken) =>
        UpdateAsync(ScheduleKey, AppJson.Default.ReminderSchedule, schedule =>
            schedule?.Entries.Any(entry => entry.Id == id) == true
                ? new ReminderSchedule([.. schedule.Entries.Where(entry => entry.Id != id), .. replacement is null ? Array.Empty<ScheduledReminder>() : [replacement]])
                : null,
            cancellationToken);

    // Reads, changes (null: nothing to write) and writes back with the ETag read; on a conflict, reads again.
    private async Task UpdateAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T?, T?> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var item = await storage.ReadAsync(key, typeInfo, cancellationToken);
            if (change(item?.Value) is not { } changed)
            {
                return;
            }

            try
            {
                await storage.WriteAsync(key, changed, typeInfo, item?.ETag, cancellationToken);
                return;
            }
            catch (EtagException) when (attempt < MaxAttempts)
            {
                // Someone else wrote first: change what they wrote.
            }
        }
    }
}

/// <summary>What became of a new reminder.</summary>
internal enum AddOutcome
{
    Added,
    Exists,
    Full,
}
