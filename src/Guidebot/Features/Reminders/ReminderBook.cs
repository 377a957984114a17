using Guidebot.BotFramework.Schema;

namespace Guidebot.Features.Reminders;

/// <summary>
/// One user's reminders and where to send them (the conversation they were last set in), stored under
/// <see cref="ReminderStore.BookKey"/>. Ids, item ids and instants only: nothing the user typed.
/// </summary>
internal sealed record ReminderBook(ConversationReference Conversation, IReadOnlyList<Reminder> Reminders);

/// <summary>One reminder: about a guide item (null: a plain follow-up), sent at <see cref="Due"/> (UTC).</summary>
internal sealed record Reminder(string Id, string? Item, DateTimeOffset Due);
