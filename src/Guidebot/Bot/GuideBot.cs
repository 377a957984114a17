using Guidebot.Bot.Navigation;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;

namespace Guidebot.Bot;

/// <summary>The guide bot: greets a new user once, and runs every message through the guide's dialogs.</summary>
internal sealed class GuideBot(GuideRunner runner, GuideNavigator navigator, ConversationState conversationState) : IBot
{
    private readonly IStatePropertyAccessor<bool> _welcomed = conversationState.CreateProperty("Welcomed", GuideJson.Default.Boolean);

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.Message => runner.Runner.RunAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate when UserJoined(activity) => WelcomeOnceAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade" => WelcomeOnceAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    // The bot itself is also reported as added; only a person joining counts.
    private static bool UserJoined(Activity activity) =>
        activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true;

    // Teams sends both an installationUpdate and a conversationUpdate when the app is installed: greet once.
    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _welcomed.GetAsync(turnContext, null, cancellationToken))
        {
            return;
        }

        await _welcomed.SetAsync(turnContext, true, cancellationToken);
        await navigator.ShowMenuAsync(turnContext, cancellationToken);
    }
}
