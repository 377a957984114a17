namespace Guidebot.BotFramework.Turns;

/// <summary>The bot's logic: called once per turn.</summary>
public interface IBot
{
    /// <summary>Handles the turn's activity.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
