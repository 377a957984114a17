using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;
using Guidebot.Features.Teams;
using Guidebot.Knowledge.Content;
using Guidebot.Bot.Actions;
using Microsoft.Extensions.Options;

namespace Guidebot.Features.Reminders;

/// <summary>
/// Reminders in the chat: a typed request ("mind mig om opfølgning om 3 måneder") is read as a topic and a date and shown for
/// confirmation; "Opret påmindelse" saves it, "påmindelser" lists the user's reminders with delete buttons, and "Udskyd 1 uge"
/// on a sent reminder sets it again. Only in the personal chat: a reminder is the user's own, and in a group its card would
/// tell the others what the user follows up on.
/// </summary>
internal sealed class ReminderHandlers(ReminderStore store, ReminderTopics topics, TimeProvider time, IOptions<ReminderOptions> options)
{
    public void Register(DialogRunner runner)
    {
        runner.AddCommand(new DialogCommand(ReminderCommands.ListWords, (dc, cancellationToken) => RunAsync(dc, turn => SendListAsync(turn, null, cancellationToken), cancellationToken)));
        runner.OnTypedCommand(ReminderRequest.Recognize, (dc, request, cancellationToken) => RunAsync(dc, turn => ConfirmAsync(turn, request, cancellationToken), cancellationToken));
        runner.On<CreateReminderAction>((dc, action, cancellationToken) => RunAsync(dc, turn => CreateAsync(turn, action, cancellationToken), cancellationToken));
        runner.On<CancelReminderAction>((dc, _, cancellationToken) => RunAsync(dc, turn => turn.SendActivityAsync(ReminderTexts.Cancelled, cancellationToken), cancellationToken));
        runner.On<DeleteReminderAction>((dc, action, cancellationToken) => RunAsync(dc, turn => DeleteAsync(turn, action, cancellationToken), cancellationToken));
        runner.On<PostponeReminderAction>((dc, action, cancellationToken) => RunAsync(dc, turn => PostponeAsync(turn, action, cancellationToken), cancellationToken));
    }

    private static async Task<DialogTurnResult> RunAsync(DialogContext dc, Func<ITurnContext, Task> handle, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await (Mentions.IsGroupConversation(dc.Context.Activity)
            ? dc.Context.SendActivityAsync(ReminderTexts.PersonalChatOnly, cancellationToken)
            : handle(dc.Context));
        return DialogTurnResult.Empty;
    }

    // Shows what was understood; the request's words are matched against the guide here and then forgotten.
    private Task ConfirmAsync(ITurnContext turn, ReminderRequest request, CancellationToken cancellationToken)
    {
        if (request.Delay is not { } delay)
        {
            return turn.SendActivityAsync(ReminderTexts.NoDelay, cancellationToken);
        }

        return DueTime.After(time.GetUtcNow(), delay) is { } date
            ? turn.SendActivityAsync(ReminderCards.Confirm(topics.Match(request.Subject), date).ToAttachment(), cancellationToken)
            : turn.SendActivityAsync(ReminderTexts.TooFar, cancellationToken);
    }

    // The date is the one the card showed; a card clicked after it (or a crafted one) is refused.
    private Task CreateAsync(ITurnContext turn, CreateReminderAction action, CancellationToken cancellationToken) =>
        DueTime.IsAllowed(action.Date, time.GetUtcNow())
            ? SaveAsync(turn, topics.Find(action.Item), action.Date, ReminderTexts.CreatedTitle, cancellationToken)
            : turn.SendActivityAsync(ReminderTexts.DatePassed, cancellationToken);

    private Task PostponeAsync(ITurnContext turn, PostponeReminderAction action, CancellationToken cancellationToken) =>
        SaveAsync(turn, topics.Find(action.Item), DueTime.After(time.GetUtcNow(), new ReminderDelay(1, DelayUnit.Weeks))!.Value, ReminderTexts.PostponedTitle, cancellationToken);

    // A reminder the user already has (a second click on the same card) is shown as saved, not added again.
    private async Task SaveAsync(ITurnContext turn, Item? item, DateOnly date, string heading, CancellationToken cancellationToken)
    {
        if (ConversationReference.FromActivity(turn.Activity) is not { } conversation)
        {
            await turn.SendActivityAsync(ReminderTexts.NoAddress, cancellationToken);
            return;
        }

        var max = options.Value.MaxPerUser;
        var outcome = await store.AddAsync(conversation, item?.Id, DueTime.At(date), max, cancellationToken);
        await (outcome == AddOutcome.Full
            ? turn.SendActivityAsync(ReminderTexts.Full(max), cancellationToken)
            : turn.SendActivityAsync(ReminderCards.Saved(heading, item, date).ToAttachment(), cancellationToken));
    }

    private async Task DeleteAsync(ITurnContext turn, DeleteReminderAction action, CancellationToken cancellationToken)
    {
        var removed = await store.RemoveAsync(Book(turn), action.Id, cancellationToken);
        await SendListAsync(turn, removed ? ReminderTexts.Deleted : ReminderTexts.AlreadyGone, cancellationToken);
    }

    private async Task SendListAsync(ITurnContext turn, string? notice, CancellationToken cancellationToken)
    {
        var reminders = await store.ListAsync(Book(turn), cancellationToken);
        await turn.SendActivityAsync(ReminderCards.List([.. reminders.Select(reminder => (reminder, topics.Find(reminder.Item)))], notice).ToAttachment(), cancellationToken);
    }

    // The endpoint refuses activities without a channel or a sender, so both are there.
    private static string Book(ITurnContext turn) => ReminderStore.BookKey(turn.Activity.ChannelId!, turn.Activity.From!.Id!);
}
