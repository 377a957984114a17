using Guidebot.Bot;
using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Dialogs;
using Guidebot.Features.Browse;

namespace Guidebot.Features.Search;

/// <summary>The search box and the "Mente du …?" buttons.</summary>
internal sealed class SearchHandlers(SearchAnswers answers)
{
    public void Register(DialogRunner runner) =>
        runner.On<SearchAction>(SearchAsync);

    private async Task<DialogTurnResult> SearchAsync(DialogContext dc, SearchAction action, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await answers.AnswerAsync(dc.Context, action.Query, cancellationToken);
        return DialogTurnResult.Empty;
    }
}
