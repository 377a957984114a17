using Guidebot.Bot;
using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Features.Checklists;

/// <summary>
/// The checklists of cards/tools/: a tool's words (e.g. "step-up") show its lists to choose from, a list opens
/// as toggles, Gem saves the ticks and shows the status, Nulstil clears them. Stateless handlers over one
/// state property rather than a dialog: every button carries all it needs (list + toggles), so any checklist
/// card in the chat can be saved at any time, also after the user has browsed elsewhere. Ids from old cards
/// that no longer exist lead to the first tool's choice.
/// </summary>
internal sealed class ChecklistHandlers(Toolbox tools, ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<ChecklistProgress> _progress = conversationState.CreateProperty("Checklists", AppJson.Default.ChecklistProgress);

    public void Register(DialogRunner runner)
    {
        foreach (var tool in tools.Checklists.Where(tool => tool.Commands.Count > 0))
        {
            runner.AddCommand(new DialogCommand(tool.Commands, (dc, cancellationToken) => ChooseAsync(dc, tool, cancellationToken)));
        }

        runner.On<ShowChecklistsAction>((dc, action, cancellationToken) => ChooseAsync(dc, tools.FindChecklistTool(action.Tool), cancellationToken));
        runner.On<OpenChecklistAction>(OpenAsync);
        runner.On<SaveChecklistAction>(SaveAsync);
        runner.On<ResetChecklistAction>(ResetAsync);
    }

    private async Task<DialogTurnResult> ChooseAsync(DialogContext dc, ChecklistTool? tool, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        if ((tool ?? (tools.Checklists.Count > 0 ? tools.Checklists[0] : null)) is { } shown)
        {
            await dc.Context.SendActivityAsync(ChecklistCards.Choice(shown, await GetAsync(dc, cancellationToken)).ToAttachment(), cancellationToken);
        }

        return DialogTurnResult.Empty;
    }

    private Task<DialogTurnResult> OpenAsync(DialogContext dc, OpenChecklistAction action, CancellationToken cancellationToken) =>
        WithListAsync(dc, action.List, async (tool, list, progress) =>
            await dc.Context.SendActivityAsync(ChecklistCards.List(tool, list, progress.For(list.Id)).ToAttachment(), cancellationToken), cancellationToken);

    // Only ids of this list's points are kept, whatever else a (crafted) submit carries.
    private Task<DialogTurnResult> SaveAsync(DialogContext dc, SaveChecklistAction action, CancellationToken cancellationToken) =>
        WithListAsync(dc, action.List, async (tool, list, progress) =>
        {
            var saved = progress.With(list.Id, list.Known(list.Points.Select(point => point.Id).Where(action.IsTicked)));
            await _progress.SetAsync(dc.Context, saved, cancellationToken);
            await dc.Context.SendActivityAsync(ChecklistCards.Summary(tool, list, saved.For(list.Id)).ToAttachment(), cancellationToken);
        }, cancellationToken);

    private Task<DialogTurnResult> ResetAsync(DialogContext dc, ResetChecklistAction action, CancellationToken cancellationToken) =>
        WithListAsync(dc, action.List, async (tool, list, progress) =>
        {
            var cleared = progress.With(list.Id, []);
            await _progress.SetAsync(dc.Context, cleared, cancellationToken);
            await dc.Context.SendActivityAsync(ChecklistCards.List(tool, list, cleared.For(list.Id), ChecklistTexts.ResetDone).ToAttachment(), cancellationToken);
        }, cancellationToken);

    private async Task<DialogTurnResult> WithListAsync(DialogContext dc, string listId, Func<ChecklistTool, TickList, ChecklistProgress, Task> show, CancellationToken cancellationToken)
    {
        var tool = tools.Checklists.FirstOrDefault(t => t.Lists.Any(list => list.Id == listId));
        if (tool is null)
        {
            return await ChooseAsync(dc, null, cancellationToken);
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        await show(tool, tool.Lists.First(list => list.Id == listId), await GetAsync(dc, cancellationToken));
        return DialogTurnResult.Empty;
    }

    private async Task<ChecklistProgress> GetAsync(DialogContext dc, CancellationToken cancellationToken) =>
        await _progress.GetAsync(dc.Context, () => ChecklistProgress.Empty, cancellationToken) ?? ChecklistProgress.Empty;
}
