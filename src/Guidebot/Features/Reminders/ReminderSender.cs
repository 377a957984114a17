using Guidebot.BotFramework.Connector;
using Microsoft.Extensions.Logging;

namespace Guidebot.Features.Reminders;

/// <summary>
/// Sends one claimed reminder to its user's conversation through the connector (the bot's token, the service URL policy,
/// the connector's own quick retries), then takes it off the book and the schedule. A send the channel does not accept is
/// tried again after 1, 5 and 25 minutes (<see cref="MaxAttempts"/> in all), then given up with a log line; a reminder
/// its user deleted meanwhile is not sent. Logs carry the reminder's random id, never its topic or user.
/// </summary>
internal sealed partial class ReminderSender(ReminderStore store, ReminderTopics topics, IConnectorClient connector, TimeProvider time, ILogger<ReminderSender> logger)
{
    public const int MaxAttempts = 4;

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(1);

    public async Task SendAsync(ScheduledReminder claimed, CancellationToken cancellationToken)
    {
        var book = await store.ReadBookAsync(claimed.Book, cancellationToken);
        if (book?.Reminders.FirstOrDefault(reminder => reminder.Id == claimed.Id) is not { } reminder)
        {
            await store.UnscheduleAsync(claimed, cancellationToken);
            return;
        }

        var message = book.Conversation.CreateMessage();
        message.Timestamp = time.GetUtcNow();
        message.Attachments = [ReminderCards.Due(topics.Find(reminder.Item)).ToAttachment()];
        var attempt = claimed.Failures + 1;
        try
        {
            await connector.SendActivityAsync(message, cancellationToken);
            LogSent(claimed.Id, attempt);
        }
        catch (ConnectorException exception) when (exception is not UntrustedServiceUrlException && attempt < MaxAttempts)
        {
            var retryAt = time.GetUtcNow() + FirstRetry * Math.Pow(5, claimed.Failures);
            LogRetrying(claimed.Id, attempt, (int?)exception.StatusCode, retryAt);
            await store.RetryLaterAsync(claimed, retryAt, cancellationToken);
            return;
        }
        catch (ConnectorException exception)
        {
            LogDropped(claimed.Id, attempt, (int?)exception.StatusCode, exception is UntrustedServiceUrlException);
        }

        // Off the book first: should the instance stop in between, the entry left behind finds nothing to send.
        await store.RemoveAsync(claimed.Book, claimed.Id, cancellationToken);
        await store.UnscheduleAsync(claimed, cancellationToken);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Sent reminder {ReminderId} (attempt {Attempt})")]
    private partial void LogSent(string reminderId, int attempt);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Could not send reminder {ReminderId} (attempt {Attempt}, status {StatusCode}); trying again at {RetryAt:O}")]
    private partial void LogRetrying(string reminderId, int attempt, int? statusCode, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Gave up reminder {ReminderId} after {Attempts} attempts (last status {StatusCode}, untrusted service URL: {Untrusted}); it is dropped")]
    private partial void LogDropped(string reminderId, int attempts, int? statusCode, bool untrusted);
}
