using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Turns;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Features.Browse;

/// <summary>The global commands: menu (start, forfra), hjælp and tilbage — typed or clicked, at any depth.</summary>
internal sealed class MenuHandlers(GuideNavigator navigator, Toolbox tools)
{
    public void Register(DialogRunner runner)
    {
        runner.AddCommand(new DialogCommand(Verbs.MenuWords, MenuAsync));
        runner.AddCommand(new DialogCommand(Verbs.HelpWords, HelpAsync));
        runner.AddCommand(new DialogCommand(Verbs.BackWords, BackAsync));
    }

    private async Task<DialogTurnResult> MenuAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await navigator.ShowMenuAsync(dc.Context, cancellationToken);
        return DialogTurnResult.Empty;
    }

    // Help leaves a walk-through where it was: after the help card, its current question is shown again.
    private async Task<DialogTurnResult> HelpAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(MenuCards.Help(tools).ToAttachment(), cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
        return dc.ActiveDialog is null ? DialogTurnResult.Empty : Dialog.EndOfTurn;
    }

    // Inside a walk-through, one level up is the place it was started from; elsewhere it is the parent level.
    private async Task<DialogTurnResult> BackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            await navigator.ShowCurrentAsync(dc.Context, cancellationToken);
        }
        else
        {
            await navigator.BackAsync(dc.Context, cancellationToken);
        }

        return DialogTurnResult.Empty;
    }
}
