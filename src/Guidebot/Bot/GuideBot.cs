using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;
using Guidebot.Features.Browse;
using Guidebot.Features.Privacy;
using Guidebot.Features.Teams;

namespace Guidebot.Bot;

/// <summary>
/// The guide bot: greets a new user once, turns away messages that look like they hold a CPR number, and
/// runs every other message through the guide's dialogs (in team and group chats only when @mentioned), and
/// answers the compose-box search.
/// </summary>
internal sealed class GuideBot(GuideRunner runner, GuideNavigator navigator, MessageExtension messageExtension, ConversationState conversationState) : IBot
{
    private readonly IStatePropertyAccessor<bool> _welcomed = conversationState.CreateProperty("Welcomed", AppJson.Default.Boolean);

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.Message => OnMessageAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate when UserJoined(activity) => WelcomeOnceAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade" => WelcomeOnceAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => messageExtension.OnInvokeAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;

        // Checked first, so the number never reaches search, dialogs or state.
        if (CprDetector.Contains(activity))
        {
            await turnContext.SendActivityAsync(PrivacyTexts.CprReminder, cancellationToken);
            return;
        }

        var typed = activity.Value is null;
        if (typed && Mentions.IsGroupConversation(activity))
        {
            if (!Mentions.MentionsBot(activity))
            {
                return;
            }

            activity.Text = Mentions.TextWithoutBotMention(activity);
        }

        await runner.Runner.RunAsync(turnContext, cancellationToken);
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
