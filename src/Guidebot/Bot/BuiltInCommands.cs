using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Dialogs.Prompts;
using Guidebot.Features.Assessment;
using Guidebot.Features.Feedback;
using Guidebot.Features.MyQuestions;
using Guidebot.Features.Onboarding;
using Guidebot.Features.Reminders;

namespace Guidebot.Bot;

/// <summary>The words the bot itself answers to at any time; the tools in cards/ may not take them.</summary>
internal static class BuiltInCommands
{
    private static readonly HashSet<string> Folded =
    [
        .. new[]
        {
            Verbs.MenuWords, Verbs.HelpWords, Verbs.BackWords,
            OnboardingCommands.OverviewWords, OnboardingCommands.ResumeWords, OnboardingCommands.ResetWords,
            SelfAssessmentCommands.StartWords, SelfAssessmentCommands.ResetWords,
            ReminderCommands.ListWords,
            MyQuestionsCommands.ShowWords,
            FeedbackCommands.ReportWords,
        }.SelectMany(words => words).Select(TextFolding.Fold),
    ];

    public static bool Contains(string word) => Folded.Contains(TextFolding.Fold(word));
}
