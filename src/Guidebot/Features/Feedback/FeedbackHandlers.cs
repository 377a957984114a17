using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Turns;
using Guidebot.Features.Browse;
using Guidebot.Hosting;
using Guidebot.Knowledge.Content;
using Microsoft.Extensions.Options;

namespace Guidebot.Features.Feedback;

/// <summary>
/// 👍/👎 and comments on items, and the report for editors ("rapport"). A vote or comment leaves a walk-through where it
/// was. A comment with a CPR number never gets here: the bot's CPR guard answers it with the reminder first; one with other
/// personal data (<see cref="TextScrubber"/>) is refused with a clear reply.
/// </summary>
internal sealed class FeedbackHandlers(
    Guide guide,
    GuideNavigator navigator,
    FeedbackStore store,
    UsageLog usage,
    TextScrubber scrubber,
    Pseudonyms pseudonyms,
    FeedbackReader reader,
    IOptions<AdminOptions> admin,
    TimeProvider time)
{
    public const int MaxCommentLength = 200;

    /// <summary>Comments kept per item and day; enough to read, too few to fill storage.</summary>
    public const int MaxCommentsPerItemDay = 50;

    public void Register(DialogRunner runner)
    {
        runner.On<RateItemAction>(RateAsync);
        runner.On<CommentOnItemAction>(CommentAsync);
        runner.AddCommand(new DialogCommand(FeedbackCommands.ReportWords, ReportAsync));
    }

    private async Task<DialogTurnResult> RateAsync(DialogContext dc, RateItemAction action, CancellationToken cancellationToken)
    {
        if (guide.FindItem(action.Item) is not { } item)
        {
            await navigator.ShowMenuAsync(dc.Context, cancellationToken);
            return DialogTurnResult.Empty;
        }

        var day = FeedbackKeys.Today(time);
        var before = await store.VoteAsync(day, item.Id, pseudonyms.Voter(dc.Context.Activity, day), action.Helpful, cancellationToken);
        if (!action.Helpful && before != false && action.Query is { } query)
        {
            usage.RecordDislikedAnswer(query);
        }

        var reply = action.Helpful ? FeedbackCards.Reply(FeedbackTexts.Thanks) : FeedbackCards.WhatWasMissing(item, FeedbackTexts.WhatWasMissing);
        await dc.Context.SendActivityAsync(reply.ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }

    // A comment is kept as typed or not at all: one the personal-data guard finds anything in is refused, and the box
    // comes back with the guard's version to send instead, so nothing is kept that the user did not see.
    private async Task<DialogTurnResult> CommentAsync(DialogContext dc, CommentOnItemAction action, CancellationToken cancellationToken)
    {
        if (guide.FindItem(action.Item) is not { } item)
        {
            await navigator.ShowMenuAsync(dc.Context, cancellationToken);
            return DialogTurnResult.Empty;
        }

        var typed = action.Comment?.Trim() ?? string.Empty;
        if (scrubber.FindsPersonalData(typed))
        {
            var draft = scrubber.Scrub(typed, MaxCommentLength);
            await dc.Context.SendActivityAsync(FeedbackCards.WhatWasMissing(item, FeedbackTexts.CommentHasPersonalData, draft).ToAttachment(), cancellationToken);
            return DialogTurnResult.Empty;
        }

        var comment = scrubber.Scrub(typed, MaxCommentLength);
        if (comment.Length > 0)
        {
            var day = FeedbackKeys.Today(time);
            await store.CommentAsync(day, item.Id, pseudonyms.Voter(dc.Context.Activity, day), comment, MaxCommentsPerItemDay, cancellationToken);
        }

        await dc.Context.SendActivityAsync(FeedbackCards.Reply(comment.Length > 0 ? FeedbackTexts.CommentSaved : FeedbackTexts.CommentEmpty).ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }

    // The report reads storage: this instance's counts are saved first, so it includes the last minutes.
    private async Task<DialogTurnResult> ReportAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var editor = pseudonyms.Editor(dc.Context.Activity);
        if (!admin.Value.Users.Contains(editor, StringComparer.OrdinalIgnoreCase))
        {
            await dc.Context.SendActivityAsync(FeedbackTexts.NotAnEditor(editor), cancellationToken);
            return DialogTurnResult.Empty;
        }

        await usage.FlushAsync(cancellationToken);
        var report = await reader.ReadAsync(FeedbackReader.DefaultDays, cancellationToken);
        await dc.Context.SendActivityAsync(ReportCards.Report(report).ToAttachment(), cancellationToken);
        return DialogTurnResult.Empty;
    }
}
