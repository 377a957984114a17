using System.Text.Json;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Dialogs.Prompts;
using Guidebot.BotFramework.Turns;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// Shows a walk-through page and waits for a typed way on ("næste", "forrige", a choice's title or number;
/// clicks are the walk-through's card action). Ends with the key of the chosen page; shows the page again
/// when asked to reprompt (e.g. after "hjælp") or when the answer is not understood.
/// </summary>
internal sealed class PagePrompt(string id, WalkthroughScript script) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = options as PagePromptState ?? throw new ArgumentException($"{nameof(PagePrompt)} needs a {nameof(PagePromptState)}.", nameof(options));
        dc.ActiveDialog!.State = JsonSerializer.SerializeToElement(state, WalkthroughJson.Default.PagePromptState);
        await ShowAsync(dc.Context, state.Page, notice: null, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var key = Read(dc.ActiveDialog!).Page;
        if (script.Page(key) is not { } page)
        {
            return await dc.EndDialogAsync(script.FirstPage, cancellationToken);
        }

        var choices = page.Choices.Select(c => new Choice(c.Page, c.Title, c.Synonyms)).ToList();
        if (ChoiceRecognizer.Recognize(dc.Input, choices) is { } found)
        {
            return await dc.EndDialogAsync(found.Value, cancellationToken);
        }

        await ShowAsync(dc.Context, key, WalkthroughTexts.NotUnderstood, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return ShowAsync(turnContext, Read(instance).Page, notice: null, cancellationToken);
    }

    private Task ShowAsync(ITurnContext turnContext, string key, string? notice, CancellationToken cancellationToken)
    {
        var page = script.Page(key) ?? script.Page(script.FirstPage)!;
        return turnContext.SendActivityAsync(WalkthroughCards.Page(script.Id, page, notice).ToAttachment(), cancellationToken);
    }

    private PagePromptState Read(DialogInstance instance)
    {
        try
        {
            return instance.State?.Deserialize(WalkthroughJson.Default.PagePromptState)
                ?? throw new DialogStateMismatchException($"The page prompt of '{script.Id}' has no saved page.");
        }
        catch (JsonException ex)
        {
            throw new DialogStateMismatchException($"The page prompt of '{script.Id}' was saved in an older shape.", ex);
        }
    }
}
