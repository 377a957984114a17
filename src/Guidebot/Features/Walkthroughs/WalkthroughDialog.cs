using System.Text.Json;
using Guidebot.Bot;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Dialogs.Prompts;
using Guidebot.BotFramework.Turns;
using Guidebot.Features.Feedback;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// Every walk-through of cards/tools/ with one dialog: it shows a page, keeps only where it is
/// (<see cref="WalkthroughPosition"/>), and on a typed answer ("næste", "forrige", a choice's title, other
/// words or number) turns to the chosen page; a page that ends the walk-through is shown and the dialog ends.
/// Clicks begin the walk-through anew at the page they name (<see cref="WalkthroughHandlers"/>).
/// </summary>
internal sealed class WalkthroughDialog(Guide guide, Toolbox tools, UsageLog usage) : Dialog(DialogId)
{
    public const string DialogId = "walkthrough";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var start = options as StartWalkthroughAction ?? throw new ArgumentException($"Begin a walk-through with a {nameof(StartWalkthroughAction)}.", nameof(options));
        var walk = tools.FindWalkthrough(start.Walk) ?? throw new ArgumentException($"There is no walk-through '{start.Walk}'.", nameof(options));
        return TurnToAsync(dc, walk, walk.FindPage(start.Page ?? string.Empty) ?? walk.FirstPage, notice: null, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var (walk, page) = Read(dc.ActiveDialog!);
        var ways = WalkthroughWays.Of(page).Select(way => new Choice(way.Page, way.Title, way.Also)).ToList();
        return ChoiceRecognizer.Recognize(dc.Input, ways) is { } found
            ? await TurnToAsync(dc, walk, walk.FindPage(found.Value)!, notice: null, cancellationToken)
            : await TurnToAsync(dc, walk, page, WalkthroughTexts.NotUnderstood, cancellationToken);
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var (walk, page) = Read(instance);
        return turnContext.SendActivityAsync(WalkthroughCards.Page(guide, walk, page).ToAttachment(), cancellationToken);
    }

    private async Task<DialogTurnResult> TurnToAsync(DialogContext dc, Walkthrough walk, WalkthroughPage page, string? notice, CancellationToken cancellationToken)
    {
        // The items read on a page count as visited for the editors' report, as if opened one by one.
        foreach (var itemId in page.Sections.SelectMany(section => section.Parts).Select(part => part.Item.Id).Distinct())
        {
            usage.RecordView(itemId);
        }

        await dc.Context.SendActivityAsync(WalkthroughCards.Page(guide, walk, page, notice).ToAttachment(), cancellationToken);
        if (page.Ends)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        dc.ActiveDialog!.State = JsonSerializer.SerializeToElement(new WalkthroughPosition(walk.Id, page.Id), AppJson.Default.WalkthroughPosition);
        return EndOfTurn;
    }

    // A walk-through or page that is gone (the content changed since) is a stack to start afresh.
    private (Walkthrough Walk, WalkthroughPage Page) Read(DialogInstance instance)
    {
        try
        {
            var position = instance.State?.Deserialize(AppJson.Default.WalkthroughPosition);
            return tools.FindWalkthrough(position?.Walk ?? string.Empty) is { } walk && walk.FindPage(position!.Page) is { } page
                ? (walk, page)
                : throw new DialogStateMismatchException("The saved walk-through or page no longer exists.");
        }
        catch (JsonException ex)
        {
            throw new DialogStateMismatchException("The walk-through's position was saved in an older shape.", ex);
        }
    }
}
