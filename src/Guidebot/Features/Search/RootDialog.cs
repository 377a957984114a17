using Guidebot.BotFramework.Dialogs;
using Guidebot.Features.Browse;

namespace Guidebot.Features.Search;

/// <summary>What a message does when no command, card action or walk-through takes it: typed text is searched, anything else shows the menu.</summary>
internal sealed class RootDialog(SearchAnswers answers, GuideNavigator navigator) : Dialog("root")
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await (dc.Input.Text is { } text
            ? answers.AnswerAsync(dc.Context, text, cancellationToken)
            : navigator.ShowMenuAsync(dc.Context, cancellationToken));
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
