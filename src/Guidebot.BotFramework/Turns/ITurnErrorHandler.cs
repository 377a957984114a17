namespace Guidebot.BotFramework.Turns;

/// <summary>Tells the user a turn failed (e.g. a short apology); called on a fresh turn whose state is not saved.</summary>
public interface ITurnErrorHandler
{
    /// <summary>Sends the user whatever the bot says when a turn fails; <paramref name="correlationId"/> is also in the log.</summary>
    Task OnTurnErrorAsync(ITurnContext turnContext, string correlationId, CancellationToken cancellationToken);
}
