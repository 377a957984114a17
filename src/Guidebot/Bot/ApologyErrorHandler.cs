using Guidebot.BotFramework.Turns;
using Guidebot.Texts;

namespace Guidebot.Bot;

/// <summary>Tells the user in Danish that the turn failed, with the correlation id that is also in the log.</summary>
internal sealed class ApologyErrorHandler : ITurnErrorHandler
{
    public Task OnTurnErrorAsync(ITurnContext turnContext, string correlationId, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(BotTexts.Apology(correlationId), cancellationToken);
}
