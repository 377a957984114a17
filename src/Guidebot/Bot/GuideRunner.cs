using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.State;
using Guidebot.Features.Assessment;
using Guidebot.Features.Browse;
using Guidebot.Features.Checklists;
using Guidebot.Features.Feedback;
using Guidebot.Features.Onboarding;
using Guidebot.Features.Reminders;
using Guidebot.Features.Search;
using Guidebot.Features.Lookups;
using Guidebot.Features.MyQuestions;
using Guidebot.Features.Sharing;
using Guidebot.Features.Walkthroughs;
using Guidebot.Texts;

namespace Guidebot.Bot;

/// <summary>
/// The guide's table of contents for messages: global commands, card actions and walk-throughs, in the
/// order they take a turn (commands, then card actions, then the active walk-through, then the root).
/// </summary>
internal sealed class GuideRunner
{
    /// <summary>Bump when saved dialog stacks can no longer be continued; users are told and start again.</summary>
    public const string DialogsVersion = "2";

    public GuideRunner(
        ConversationState conversationState,
        RootDialog root,
        MenuHandlers menu,
        BrowseHandlers browse,
        SearchHandlers search,
        WalkthroughHandlers walkthroughs,
        ChecklistHandlers checklists,
        LookupHandlers lookups,
        OnboardingHandlers onboarding,
        SelfAssessmentHandlers selfAssessment,
        ReminderHandlers reminders,
        SharingHandlers sharing,
        MyQuestionsHandlers myQuestions,
        FeedbackHandlers feedback)
    {
        Runner = new DialogRunner(root, conversationState.CreateProperty("DialogState", DialogRunner.StateTypeInfo), DialogsVersion)
        {
            RestartedText = BotTexts.Restarted,
        };
        menu.Register(Runner);
        browse.Register(Runner);
        search.Register(Runner);
        walkthroughs.Register(Runner);
        checklists.Register(Runner);
        lookups.Register(Runner);
        onboarding.Register(Runner);
        selfAssessment.Register(Runner);
        reminders.Register(Runner);
        sharing.Register(Runner);
        myQuestions.Register(Runner);
        feedback.Register(Runner);
    }

    public DialogRunner Runner { get; }
}
