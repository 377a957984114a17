using Guidebot.Bot.Navigation;
using Guidebot.BotFramework.Dialogs;

namespace Guidebot.Dialogs;

/// <summary>What a message does when no command, card action or walk-through takes it: the menu.</summary>
internal sealed class RootDialog(GuideNavigator navigator) : Dialog("root")
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await navigator.ShowMenuAsync(dc.Context, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
