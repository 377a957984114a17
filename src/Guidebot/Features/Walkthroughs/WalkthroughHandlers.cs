using Guidebot.BotFramework.Dialogs;
using Guidebot.Features.Browse;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// The walk-throughs: their dialogs, the button that begins one at a page (from any card, old ones too),
/// and the typed commands "råderum" and "karl tomm". An unknown walk-through leads to the menu.
/// </summary>
internal sealed class WalkthroughHandlers(WalkthroughCatalog catalog, GuideNavigator navigator)
{
    public void Register(DialogRunner runner)
    {
        foreach (var script in catalog.Scripts)
        {
            runner.AddDialog(new WalkthroughDialog(script));
        }

        runner.OnCardAction(WalkthroughActions.Verb, WalkthroughJson.Default.StartWalkthroughAction, StartAsync);
        runner.AddCommand(new DialogCommand(WalkthroughActions.RaaderumWords, (dc, ct) => BeginAsync(dc, RaaderumWalkthrough.WalkId, null, ct)));
        runner.AddCommand(new DialogCommand(WalkthroughActions.KarlTommWords, (dc, ct) => BeginAsync(dc, KarlTommWalkthrough.WalkId, null, ct)));
    }

    private Task<DialogTurnResult> StartAsync(DialogContext dc, StartWalkthroughAction action, CancellationToken cancellationToken) =>
        BeginAsync(dc, action.Walk, action.Page, cancellationToken);

    private async Task<DialogTurnResult> BeginAsync(DialogContext dc, string walk, string? page, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        if (catalog.Find(walk) is null)
        {
            await navigator.ShowMenuAsync(dc.Context, cancellationToken);
            return DialogTurnResult.Empty;
        }

        return await dc.BeginDialogAsync(WalkthroughDialog.DialogId(walk), new WalkthroughPosition { Page = page }, cancellationToken);
    }
}
