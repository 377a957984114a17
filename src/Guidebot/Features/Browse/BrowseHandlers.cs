using Guidebot.Bot;
using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Dialogs;
using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Browse;

/// <summary>Clicks on areas and items. Ids come from old cards too, so an unknown one leads to the menu.</summary>
internal sealed class BrowseHandlers(Guide guide, GuideNavigator navigator)
{
    public void Register(DialogRunner runner)
    {
        runner.On<OpenAreaAction>(OpenAreaAsync);
        runner.On<OpenItemAction>(OpenItemAsync);
    }

    private async Task<DialogTurnResult> OpenAreaAsync(DialogContext dc, OpenAreaAction action, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await (guide.FindArea(action.Area) is { } area
            ? navigator.ShowAreaAsync(dc.Context, area, action.Page, cancellationToken)
            : navigator.ShowMenuAsync(dc.Context, cancellationToken));
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> OpenItemAsync(DialogContext dc, OpenItemAction action, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await (guide.FindItem(action.Item) is { } item
            ? navigator.ShowItemAsync(dc.Context, item, cancellationToken)
            : navigator.ShowMenuAsync(dc.Context, cancellationToken));
        return DialogTurnResult.Empty;
    }
}
