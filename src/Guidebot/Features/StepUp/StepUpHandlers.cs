using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;

namespace Guidebot.Features.StepUp;

/// <summary>
/// The step-up checklists: "step-up" asks for the barrier type, a barrier opens its checklist, Gem saves the
/// ticks and shows the status plus the pre-ticked checklist again, Nulstil clears the ticks.
/// Stateless handlers over one state property rather than a WaterfallDialog: every button carries all it
/// needs (barrier + toggles), so any checklist card in the chat can be saved at any time — also after the
/// user has browsed elsewhere, which would have cancelled a waterfall — and there is no step to resume.
/// </summary>
internal sealed class StepUpHandlers(StepUpChecklists checklists, ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<StepUpProgress> _progress = conversationState.CreateProperty("StepUp", StepUpJson.Default.StepUpProgress);

    public void Register(DialogRunner runner)
    {
        runner.AddCommand(new DialogCommand(StepUpActions.CommandWords, ChooseAsync));
        runner.OnCardAction(StepUpActions.Open, StepUpJson.Default.StepUpBarrierAction, OpenAsync);
        runner.OnCardAction(StepUpActions.Save, StepUpJson.Default.StepUpSaveAction, SaveAsync);
        runner.OnCardAction(StepUpActions.Reset, StepUpJson.Default.StepUpBarrierAction, ResetAsync);
    }

    private async Task<DialogTurnResult> ChooseAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        var progress = await GetAsync(dc, cancellationToken);
        await dc.Context.SendActivityAsync(StepUpCards.Choice(checklists, progress).ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> OpenAsync(DialogContext dc, StepUpBarrierAction action, CancellationToken cancellationToken)
    {
        if (checklists.Find(action.Barrier) is not { } checklist)
        {
            return await ChooseAsync(dc, cancellationToken);
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        var progress = await GetAsync(dc, cancellationToken);
        await dc.Context.SendActivityAsync(StepUpCards.Checklist(checklist, progress.For(checklist.Barrier)).ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }

    // Only ids of this checklist's points are kept, whatever else a (crafted) submit carries.
    private async Task<DialogTurnResult> SaveAsync(DialogContext dc, StepUpSaveAction action, CancellationToken cancellationToken)
    {
        if (checklists.Find(action.Barrier) is not { } checklist)
        {
            return await ChooseAsync(dc, cancellationToken);
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        var ticked = checklist.Known(action.Inputs.Keys.Where(action.IsTicked));
        var progress = (await GetAsync(dc, cancellationToken)).With(checklist.Barrier, ticked);
        await _progress.SetAsync(dc.Context, progress, cancellationToken);
        var set = progress.For(checklist.Barrier);
        await dc.Context.SendActivityAsync(StepUpCards.Summary(checklist, set).ToAttachment(), cancellationToken);
        await dc.Context.SendActivityAsync(StepUpCards.Checklist(checklist, set).ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> ResetAsync(DialogContext dc, StepUpBarrierAction action, CancellationToken cancellationToken)
    {
        if (checklists.Find(action.Barrier) is not { } checklist)
        {
            return await ChooseAsync(dc, cancellationToken);
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        var progress = (await GetAsync(dc, cancellationToken)).With(checklist.Barrier, []);
        await _progress.SetAsync(dc.Context, progress, cancellationToken);
        await dc.Context.SendActivityAsync(StepUpCards.Checklist(checklist, progress.For(checklist.Barrier), StepUpTexts.ResetDone).ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<StepUpProgress> GetAsync(DialogContext dc, CancellationToken cancellationToken) =>
        await _progress.GetAsync(dc.Context, () => StepUpProgress.Empty, cancellationToken) ?? StepUpProgress.Empty;
}
