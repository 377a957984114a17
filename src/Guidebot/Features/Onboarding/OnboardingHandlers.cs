using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;
using Guidebot.Knowledge.Onboarding;
using Guidebot.Bot;
using Guidebot.Bot.Actions;
using Guidebot.Features.Feedback;

namespace Guidebot.Features.Onboarding;

/// <summary>
/// The onboarding course: overview, reading a module card by card, the quiz, results and resuming. Progress
/// lives in user state, so it survives restarts and follows the user into any conversation. Ids on buttons
/// come from old cards too: an unknown module or position leads to the overview.
/// </summary>
internal sealed class OnboardingHandlers(Course course, UserState userState, UsageLog usage)
{
    private readonly IStatePropertyAccessor<OnboardingProgress> _progress = userState.CreateProperty("OnboardingProgress", AppJson.Default.OnboardingProgress);

    public void Register(DialogRunner runner)
    {
        runner.AddCommand(new DialogCommand(OnboardingCommands.OverviewWords, OverviewAsync));
        runner.AddCommand(new DialogCommand(OnboardingCommands.ResumeWords, ResumeAsync));
        runner.AddCommand(new DialogCommand(OnboardingCommands.ResetWords, ResetAsync));
        runner.On<OpenModuleAction>(ModuleAsync);
        runner.On<OpenModuleCardAction>(ShowCardAsync);
        runner.On<AnswerQuestionAction>(AnswerAsync);
        runner.On<ShowModuleResultAction>(ResultAsync);
    }

    private async Task<DialogTurnResult> OverviewAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await SendOverviewAsync(dc.Context, cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> ResumeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        var progress = await GetAsync(dc.Context, cancellationToken);
        await (progress.Current is { } run && course.FindModule(run.Module) is { } module
            ? SendStepAsync(dc.Context, module, run.Position, cancellationToken)
            : SendOverviewAsync(dc.Context, cancellationToken));
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> ModuleAsync(DialogContext dc, OpenModuleAction action, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await (course.FindModule(action.Module) is { } module
            ? dc.Context.SendActivityAsync(OnboardingCards.Module(course, module).ToAttachment(), cancellationToken)
            : SendOverviewAsync(dc.Context, cancellationToken));
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> ShowCardAsync(DialogContext dc, OpenModuleCardAction action, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        if (course.FindModule(action.Module) is not { } module || action.Position < 0 || action.Position >= module.Steps)
        {
            await SendOverviewAsync(dc.Context, cancellationToken);
            return DialogTurnResult.Empty;
        }

        // Up to the first question no answer can have been given: reading (again) starts a fresh quiz.
        var progress = await GetAsync(dc.Context, cancellationToken);
        var score = progress.Current is { } run && run.Module == module.Id && action.Position > module.Reading.Count ? run.Score : QuizScore.None;
        await _progress.SetAsync(dc.Context, progress with { Current = new ModuleRun(module.Id, action.Position, score) }, cancellationToken);
        await SendStepAsync(dc.Context, module, action.Position, cancellationToken);
        return DialogTurnResult.Empty;
    }

    // The answer counts once, when it is the question the user is at; a second click only shows the feedback again.
    private async Task<DialogTurnResult> AnswerAsync(DialogContext dc, AnswerQuestionAction action, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        if (course.FindModule(action.Module) is not { } module || action.Question < 0 || action.Question >= module.Quiz.Count
            || action.Option < 0 || action.Option >= module.Quiz[action.Question].Options.Count)
        {
            await SendOverviewAsync(dc.Context, cancellationToken);
            return DialogTurnResult.Empty;
        }

        var progress = await GetAsync(dc.Context, cancellationToken);
        var position = module.Reading.Count + action.Question;
        if (progress.Current is { } run && run.Module == module.Id && run.Position == position)
        {
            var score = run.Score.Add(action.Option == module.Quiz[action.Question].CorrectIndex);
            await _progress.SetAsync(
                dc.Context,
                position + 1 == module.Steps ? progress.Complete(module.Id, score) : progress with { Current = run with { Position = position + 1, Score = score } },
                cancellationToken);
        }

        await dc.Context.SendActivityAsync(OnboardingCards.Feedback(course, module, action.Question, action.Option).ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> ResultAsync(DialogContext dc, ShowModuleResultAction action, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        var progress = await GetAsync(dc.Context, cancellationToken);
        if (course.FindModule(action.Module) is { } module && progress.Completed.TryGetValue(module.Id, out var score))
        {
            var completed = course.Modules.Count(m => progress.Completed.ContainsKey(m.Id));
            await dc.Context.SendActivityAsync(OnboardingCards.Result(course, module, score, completed).ToAttachment(), cancellationToken);
        }
        else
        {
            await SendOverviewAsync(dc.Context, cancellationToken);
        }

        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> ResetAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await _progress.SetAsync(dc.Context, OnboardingProgress.Empty, cancellationToken);
        await dc.Context.SendActivityAsync(OnboardingTexts.ResetDone, cancellationToken);
        await SendOverviewAsync(dc.Context, cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task SendOverviewAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(OnboardingCards.Overview(course, await GetAsync(turnContext, cancellationToken)).ToAttachment(), cancellationToken);

    // A card read in the course counts as a visit of its item for the editors' report.
    private Task SendStepAsync(ITurnContext turnContext, CourseModule module, int position, CancellationToken cancellationToken)
    {
        if (position >= module.Reading.Count)
        {
            return turnContext.SendActivityAsync(OnboardingCards.Question(course, module, position - module.Reading.Count).ToAttachment(), cancellationToken);
        }

        usage.RecordView(module.Reading[position].Id);
        return turnContext.SendActivityAsync(OnboardingCards.Reading(course, module, position).ToAttachment(), cancellationToken);
    }

    private async Task<OnboardingProgress> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _progress.GetAsync(turnContext, () => OnboardingProgress.Empty, cancellationToken) ?? OnboardingProgress.Empty;
}
