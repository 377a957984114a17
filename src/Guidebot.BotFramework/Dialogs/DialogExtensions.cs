using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Dialogs;

/// <summary>Running a dialog as the root of a turn.</summary>
public static class DialogExtensions
{
    /// <summary>Continues the active dialog, or begins <paramref name="dialog"/> when none is active.</summary>
    public static Task<DialogTurnResult> RunAsync(
        this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken) =>
        new DialogRunner(dialog, accessor, "1").RunAsync(turnContext, cancellationToken);
}
