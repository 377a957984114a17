using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Turns;
using Guidebot.Features.Browse;
using Guidebot.Features.Teams;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Features.Sharing;

/// <summary>
/// Copy and share from the item and checklist cards. A copy is a plain-text message (a card cannot write to the
/// clipboard); a share is the content-only card the compose-box search inserts, with how to put it into another
/// chat (no bot can post into a chat it is not in). Ids come from old cards too: an unknown one leads to the menu.
/// </summary>
internal sealed class SharingHandlers(Guide guide, Toolbox tools, GuideNavigator navigator)
{
    public void Register(DialogRunner runner)
    {
        runner.On<CopyItemAction>((dc, action, cancellationToken) => WithItemAsync(dc, action.Item, item =>
            PlainText.SendAsync(dc.Context, PlainText.Item(item), cancellationToken), cancellationToken));
        runner.On<ShareItemAction>((dc, action, cancellationToken) => WithItemAsync(dc, action.Item, item =>
            SendShareAsync(dc.Context, item.Title, ShareCards.Item(guide, item), cancellationToken), cancellationToken));
        runner.On<CopyChecklistAction>((dc, action, cancellationToken) => WithListAsync(dc, action.List, list =>
            PlainText.SendAsync(dc.Context, PlainText.Checklist(list), cancellationToken), cancellationToken));
        runner.On<ShareChecklistAction>((dc, action, cancellationToken) => WithListAsync(dc, action.List, list =>
            SendShareAsync(dc.Context, list.Title, ShareCards.Checklist(list), cancellationToken), cancellationToken));
    }

    // One message: the hint as its text, the card to share below it.
    private static Task SendShareAsync(ITurnContext turnContext, string title, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var reply = turnContext.Activity.CreateReply(SharingTexts.ShareHint(title));
        reply.Attachments = [card.ToAttachment()];
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private Task<DialogTurnResult> WithItemAsync(DialogContext dc, string id, Func<Item, Task> send, CancellationToken cancellationToken) =>
        WithAsync(dc, guide.FindItem(id), send, cancellationToken);

    private Task<DialogTurnResult> WithListAsync(DialogContext dc, string id, Func<TickList, Task> send, CancellationToken cancellationToken) =>
        WithAsync(dc, tools.FindTickList(id), send, cancellationToken);

    private async Task<DialogTurnResult> WithAsync<T>(DialogContext dc, T? found, Func<T, Task> send, CancellationToken cancellationToken)
        where T : class
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await (found is null ? navigator.ShowMenuAsync(dc.Context, cancellationToken) : send(found));
        return DialogTurnResult.Empty;
    }
}
