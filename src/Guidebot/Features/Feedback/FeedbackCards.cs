using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Features.Search;
using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Feedback;

/// <summary>The 👍/👎 row under an item's text and the short replies to a vote and a comment.</summary>
internal static class FeedbackCards
{
    public const string CommentInputId = "comment";

    /// <summary>
    /// One line: the question and two small buttons, so it costs a phone screen almost nothing. <paramref name="query"/> is
    /// the search the item answered, if any: a 👎 keeps it as a missed search.
    /// </summary>
    public static ColumnSet Row(string itemId, string? query = null) => new()
    {
        Spacing = Spacing.Small,
        Columns =
        [
            new Column
            {
                Width = "stretch",
                VerticalContentAlignment = VerticalAlignment.Center,
                Items = [new TextBlock { Text = FeedbackTexts.Question, Size = FontSize.Small, IsSubtle = true, Wrap = true }],
            },
            new Column
            {
                Width = "auto",
                Items = [new ActionSet { Actions = [Vote(FeedbackTexts.Helpful, new RateItemAction(itemId, true, query)), Vote(FeedbackTexts.NotHelpful, new RateItemAction(itemId, false, query))] }],
            },
        ],
    };

    /// <summary>A short reply (thanks for a vote or a comment) with the ways back.</summary>
    public static AdaptiveCard Reply(string text) => new()
    {
        Speak = text,
        FallbackText = text,
        Body = [new TextBlock { Text = text, Wrap = true }],
        Actions = [NavigationButtons.Back(), NavigationButtons.Menu()],
    };

    /// <summary>
    /// After a 👎 (or a refused comment): <paramref name="prompt"/>, the box for an optional comment holding
    /// <paramref name="draft"/>, and a new search.
    /// </summary>
    public static AdaptiveCard WhatWasMissing(Item item, string prompt, string? draft = null) => new()
    {
        Speak = prompt,
        FallbackText = prompt,
        Body =
        [
            new TextBlock { Text = prompt, Wrap = true },
            new TextInput
            {
                Id = CommentInputId,
                Label = FeedbackTexts.CommentLabel,
                Placeholder = FeedbackTexts.CommentPlaceholder,
                Value = draft,
                MaxLength = FeedbackHandlers.MaxCommentLength,
                IsMultiline = true,
            },
            new ActionSet { Actions = [CardAction.Button(FeedbackTexts.SendButton, new CommentOnItemAction(item.Id))] },
        ],
        Actions =
        [
            new SubmitAction { Title = FeedbackTexts.SearchAgainButton, Data = CardAction.Data(new SearchAction()), AssociatedInputs = AssociatedInputs.None },
            NavigationButtons.Back(),
            NavigationButtons.Menu(),
        ],
    };

    // Nothing else on the card travels with a vote (the search box's "query" would overwrite the vote's own).
    private static SubmitAction Vote(string title, RateItemAction action) =>
        new() { Title = title, Data = CardAction.Data(action), AssociatedInputs = AssociatedInputs.None };
}
