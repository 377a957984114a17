using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;

namespace Guidebot.Bot;

/// <summary>The guide bot: greets new users and answers messages with the welcome card.</summary>
internal sealed class GuideBot(Guide guide) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.Message => SendWelcomeAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate when UserJoined(activity) => SendWelcomeAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    // The bot itself is also reported as added; only a person joining gets the welcome.
    private static bool UserJoined(Activity activity) =>
        activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true;

    private Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MenuCards.Welcome(guide).ToAttachment(), cancellationToken);
}
