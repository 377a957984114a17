using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;
using Guidebot.Features.Onboarding;
using Guidebot.Knowledge.Onboarding;
using Guidebot.Bot;
using Guidebot.Bot.Actions;

namespace Guidebot.Features.Assessment;

/// <summary>
/// The competence self-assessment: rate each field in turn, then see the profile; "Nulstil" forgets the
/// ratings. Ratings live in user state by field id, nothing else.
/// </summary>
internal sealed class SelfAssessmentHandlers(Course course, UserState userState)
{
    private readonly IStatePropertyAccessor<SelfAssessmentRatings> _ratings = userState.CreateProperty("SelfAssessment", AppJson.Default.SelfAssessmentRatings);

    private SelfAssessment Assessment => course.SelfAssessment;

    public void Register(DialogRunner runner)
    {
        runner.AddCommand(new DialogCommand(SelfAssessmentCommands.StartWords, StartAsync));
        runner.AddCommand(new DialogCommand(SelfAssessmentCommands.ResetWords, ResetAsync));
        runner.On<RateFieldAction>(ShowFieldAsync);
        runner.On<ChooseLevelAction>(RateAsync);
    }

    // Once something is rated, the profile is what the user comes back for; otherwise the first field.
    private async Task<DialogTurnResult> StartAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        var ratings = await GetAsync(dc.Context, cancellationToken);
        await SendAsync(dc.Context, ratings.Ratings.Count > 0 ? SelfAssessmentCards.Profile(Assessment, ratings) : SelfAssessmentCards.Field(Assessment, Assessment.Fields[0]), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> ShowFieldAsync(DialogContext dc, RateFieldAction action, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await SendAsync(dc.Context, SelfAssessmentCards.Field(Assessment, Assessment.FindField(action.Field) ?? Assessment.Fields[0]), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> RateAsync(DialogContext dc, ChooseLevelAction action, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        if (Assessment.FindField(action.Field) is not { } field || !Enum.IsDefined(action.Level))
        {
            await SendAsync(dc.Context, SelfAssessmentCards.Field(Assessment, Assessment.Fields[0]), cancellationToken);
            return DialogTurnResult.Empty;
        }

        var ratings = (await GetAsync(dc.Context, cancellationToken)).Rate(field.Id, action.Level);
        await _ratings.SetAsync(dc.Context, ratings, cancellationToken);
        var next = Assessment.IndexOf(field) + 1;
        await SendAsync(dc.Context, next < Assessment.Fields.Count ? SelfAssessmentCards.Field(Assessment, Assessment.Fields[next]) : SelfAssessmentCards.Profile(Assessment, ratings), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> ResetAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await _ratings.DeleteAsync(dc.Context, cancellationToken);
        await SendAsync(dc.Context, SelfAssessmentCards.Cleared(Assessment), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private static Task SendAsync(ITurnContext turnContext, BotFramework.Cards.AdaptiveCard card, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(card.ToAttachment(), cancellationToken);

    private async Task<SelfAssessmentRatings> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _ratings.GetAsync(turnContext, () => SelfAssessmentRatings.Empty, cancellationToken) ?? SelfAssessmentRatings.Empty;
}
