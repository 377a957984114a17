using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Turns;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// A guided walk-through: a waterfall that shows the current page, waits for the way on, and starts again
/// at the chosen page. The page is kept in the conversation's saved dialog stack, so it survives turns and
/// restarts; a page that ends the walk-through is shown and the dialog ends.
/// </summary>
internal sealed class WalkthroughDialog : ComponentDialog
{
    private const string PagesId = "pages";
    private const string PromptId = "page";
    private readonly WalkthroughScript _script;

    public WalkthroughDialog(WalkthroughScript script)
        : base(DialogId(script.Id))
    {
        _script = script;
        AddDialog(new WaterfallDialog<WalkthroughPosition>(PagesId, [ShowPageStepAsync, TurnPageStepAsync], WalkthroughJson.Default.WalkthroughPosition));
        AddDialog(new PagePrompt(PromptId, script));
    }

    public static string DialogId(string walk) => $"walkthrough-{walk}";

    private async Task<DialogTurnResult> ShowPageStepAsync(WaterfallStepContext<WalkthroughPosition> step, CancellationToken cancellationToken)
    {
        var key = step.Values.Page is { } asked && _script.Page(asked) is not null ? asked : _script.FirstPage;
        step.Values.Page = key;
        var page = _script.Page(key)!;
        if (!page.Ends)
        {
            return await step.BeginDialogAsync(PromptId, new PagePromptState(key), cancellationToken);
        }

        await step.Context.SendActivityAsync(WalkthroughCards.Page(_script.Id, page).ToAttachment(), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> TurnPageStepAsync(WaterfallStepContext<WalkthroughPosition> step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(PagesId, new WalkthroughPosition { Page = (string)step.Result! }, cancellationToken);
}
