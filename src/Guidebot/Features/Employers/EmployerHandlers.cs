using Guidebot.BotFramework.Cards;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Turns;
using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Employers;

/// <summary>
/// The employer lookup: "virksomhed" opens its start card; clicks open a factor, a situation, the factor or
/// situation list, or the call preparation. Nothing is kept: each click names what to show.
/// </summary>
internal sealed class EmployerHandlers(Guide guide, EmployerLookup lookup)
{
    public void Register(DialogRunner runner)
    {
        runner.AddCommand(new DialogCommand(EmployerActions.CommandWords, (dc, cancellationToken) => ShowAsync(dc, EmployerCards.Start(lookup), cancellationToken)));
        runner.OnCardAction(EmployerActions.Factors, EmployerJson.Default.EmployerViewAction, (dc, _, cancellationToken) => ShowAsync(dc, EmployerCards.Factors(lookup), cancellationToken));
        runner.OnCardAction(EmployerActions.Situations, EmployerJson.Default.EmployerViewAction, (dc, _, cancellationToken) => ShowAsync(dc, EmployerCards.Situations(lookup), cancellationToken));
        runner.OnCardAction(EmployerActions.Prepare, EmployerJson.Default.EmployerViewAction, (dc, _, cancellationToken) => ShowAsync(dc, EmployerCards.Preparation(lookup), cancellationToken));
        runner.OnCardAction(EmployerActions.Factor, EmployerJson.Default.EmployerFactorAction, FactorAsync);
        runner.OnCardAction(EmployerActions.Situation, EmployerJson.Default.EmployerSituationAction, SituationAsync);
    }

    // Ids come from old cards too: an unknown one shows the list to choose from again.
    private Task<DialogTurnResult> FactorAsync(DialogContext dc, EmployerFactorAction action, CancellationToken cancellationToken) =>
        ShowAsync(dc, lookup.FindFactor(action.Item) is { } factor ? EmployerCards.Factor(guide, lookup, factor) : EmployerCards.Factors(lookup), cancellationToken);

    private Task<DialogTurnResult> SituationAsync(DialogContext dc, EmployerSituationAction action, CancellationToken cancellationToken) =>
        ShowAsync(dc, lookup.FindSituation(action.Situation) is { } situation ? EmployerCards.Situation(situation) : EmployerCards.Situations(lookup), cancellationToken);

    private static async Task<DialogTurnResult> ShowAsync(DialogContext dc, AdaptiveCard card, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.Context.SendActivityAsync(card.ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }
}
