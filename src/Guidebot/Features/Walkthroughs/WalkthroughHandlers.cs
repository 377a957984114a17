using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Dialogs;
using Guidebot.Features.Browse;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// The walk-throughs: their dialog, the button that begins one at a page (from any card, old ones too), and
/// the typed words each walk-through's file declares. An unknown walk-through leads to the menu.
/// </summary>
internal sealed class WalkthroughHandlers(Toolbox tools, WalkthroughDialog dialog, GuideNavigator navigator)
{
    public void Register(DialogRunner runner)
    {
        runner.AddDialog(dialog);
        runner.On<StartWalkthroughAction>(BeginAsync);
        foreach (var walk in tools.Walkthroughs.Where(walk => walk.Commands.Count > 0))
        {
            runner.AddCommand(new DialogCommand(walk.Commands, (dc, cancellationToken) => BeginAsync(dc, new StartWalkthroughAction(walk.Id), cancellationToken)));
        }
    }

    private async Task<DialogTurnResult> BeginAsync(DialogContext dc, StartWalkthroughAction start, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        if (tools.FindWalkthrough(start.Walk) is null)
        {
            await navigator.ShowMenuAsync(dc.Context, cancellationToken);
            return DialogTurnResult.Empty;
        }

        return await dc.BeginDialogAsync(WalkthroughDialog.DialogId, start, cancellationToken);
    }
}
