using Guidebot.Bot;
using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;
using Guidebot.Features.Sharing;
using Guidebot.Knowledge.Content;

namespace Guidebot.Features.MyQuestions;

/// <summary>
/// "Spørgsmål til næste samtale": a consultant picks questions from an item card, sees the list ("mine spørgsmål"),
/// removes one, clears it or copies it as text. The list lives in user state, so it follows the consultant into
/// every chat; only questions the guide holds go in — a save takes toggles by index into the item's own questions.
/// Ids come from old cards too: an unknown item leads to the list.
/// </summary>
internal sealed class MyQuestionsHandlers(Guide guide, UserState userState)
{
    private readonly IStatePropertyAccessor<SavedQuestions> _saved = userState.CreateProperty("QuestionList", AppJson.Default.SavedQuestions);

    public void Register(DialogRunner runner)
    {
        runner.AddCommand(new DialogCommand(MyQuestionsCommands.ShowWords, (dc, cancellationToken) => ShowAsync(dc, null, cancellationToken)));
        runner.On<PickQuestionsAction>(PickAsync);
        runner.On<SaveQuestionsAction>(SaveAsync);
        runner.On<RemoveQuestionAction>((dc, action, cancellationToken) => ChangeAsync(dc, saved => saved.Without(action.Item, action.Question), MyQuestionsTexts.Removed, cancellationToken));
        runner.On<ClearQuestionsAction>((dc, _, cancellationToken) => ChangeAsync(dc, _ => SavedQuestions.Empty, MyQuestionsTexts.Cleared, cancellationToken));
        runner.On<CopyQuestionsAction>(CopyAsync);
    }

    private async Task<DialogTurnResult> PickAsync(DialogContext dc, PickQuestionsAction action, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        if (guide.FindItem(action.Item) is not { } item || ItemQuestions.Of(item) is not { Count: > 0 } questions)
        {
            return await ShowAsync(dc, null, cancellationToken);
        }

        var saved = await GetAsync(dc.Context, cancellationToken);
        await dc.Context.SendActivityAsync(MyQuestionsCards.Pick(item, questions, saved.For(item.Id)).ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> SaveAsync(DialogContext dc, SaveQuestionsAction action, CancellationToken cancellationToken)
    {
        if (guide.FindItem(action.Item) is not { } item)
        {
            return await ShowAsync(dc, null, cancellationToken);
        }

        var questions = ItemQuestions.Of(item);
        var chosen = questions.Where((_, index) => action.IsTicked(MyQuestionsCards.ToggleId(index))).ToList();
        var (saved, leftOut) = (await GetAsync(dc.Context, cancellationToken)).WithItem(item.Id, chosen);
        await _saved.SetAsync(dc.Context, saved, cancellationToken);
        var notice = MyQuestionsTexts.Saved(item.Title, saved.For(item.Id).Count);
        return await ShowAsync(dc, leftOut > 0 ? $"{notice} {MyQuestionsTexts.LeftOut(leftOut)}" : notice, cancellationToken);
    }

    private async Task<DialogTurnResult> ChangeAsync(DialogContext dc, Func<SavedQuestions, SavedQuestions> change, string notice, CancellationToken cancellationToken)
    {
        await _saved.SetAsync(dc.Context, change(await GetAsync(dc.Context, cancellationToken)), cancellationToken);
        return await ShowAsync(dc, notice, cancellationToken);
    }

    private async Task<DialogTurnResult> CopyAsync(DialogContext dc, CopyQuestionsAction action, CancellationToken cancellationToken)
    {
        var groups = (await GetAsync(dc.Context, cancellationToken)).ByItem(guide).ToList();
        if (groups.Count == 0)
        {
            return await ShowAsync(dc, null, cancellationToken);
        }

        await dc.CancelAllDialogsAsync(cancellationToken);
        await PlainText.SendAsync(dc.Context, PlainText.Questions(MyQuestionsTexts.Title, groups), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<DialogTurnResult> ShowAsync(DialogContext dc, string? notice, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        var groups = (await GetAsync(dc.Context, cancellationToken)).ByItem(guide).ToList();
        await dc.Context.SendActivityAsync(MyQuestionsCards.List(groups, notice).ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }

    private async Task<SavedQuestions> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _saved.GetAsync(turnContext, () => SavedQuestions.Empty, cancellationToken) ?? SavedQuestions.Empty;
}
