using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Features.Browse;
using Guidebot.Features.Feedback;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Search;

namespace Guidebot.Features.Search;

/// <summary>
/// Answers to a typed question: the best item in full with two more as buttons — and, when the answer was found
/// through one of the bot's situation cards, that card as the first button ("Alt om: …") — or a friendly
/// no-match card.
/// </summary>
internal static class SearchCards
{
    public const int MoreHits = 2;

    public static AdaptiveCard Answer(Guide guide, string query, SearchResult result)
    {
        var best = result.Hits[0].Item;
        var area = guide.FindArea(best.AreaId)!;
        return new AdaptiveCard
        {
            Speak = best.Title,
            FallbackText = best.Title,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                new RichTextBlock { Inlines = [new TextRun { Text = SearchTexts.AnswerTo, IsSubtle = true, Size = FontSize.Small }, UserText.Run(query)] },
                new TextBlock { Text = area.Title, Size = FontSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.Medium },
                new TextBlock { Text = best.Title, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
                .. ItemCards.Body(best.Body),
                ItemCards.SourceLine(best.Source),
                FeedbackCards.Row(best.Id, query),

                // The answer first, at a glance; a spelling suggestion is only another way on, below it.
                .. Suggestions(result.Suggestions),
                .. MoreAnswers(result.Via, result.Hits.Skip(1).Take(MoreHits).Select(hit => hit.Item).ToList()),
            ],
            Actions = [ItemCards.Open(SearchTexts.OpenInGuide, best), NavigationButtons.Back(), NavigationButtons.Menu()],
        };
    }

    public static AdaptiveCard NoMatch(Guide guide, string query, IReadOnlyList<string> suggestions) => new()
    {
        Speak = SearchTexts.NoMatch,
        FallbackText = SearchTexts.NoMatch,
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            new RichTextBlock { Inlines = [new TextRun { Text = SearchTexts.NoMatch + " " }, UserText.Run(query)] },
            .. Suggestions(suggestions),
            new TextBlock { Text = SearchTexts.TryAgain, Wrap = true },
            .. MenuCards.SearchBox(),
            .. MenuCards.AreaRows(guide),
        ],
        Actions = [NavigationButtons.Menu()],
    };

    /// <summary>A reply to an empty search box.</summary>
    public static AdaptiveCard EmptyQuery(Guide guide) => new()
    {
        Speak = SearchTexts.EmptyQuery,
        FallbackText = SearchTexts.EmptyQuery,
        Body = [new TextBlock { Text = SearchTexts.EmptyQuery, Wrap = true }, .. MenuCards.SearchBox(), .. MenuCards.AreaRows(guide)],
        Actions = [NavigationButtons.Menu()],
    };

    // "Mente du …?": each suggestion is the query with unknown words replaced by the guide's words (so it may
    // keep some of what was typed); it appears only as a button title and search data, both plain text.
    private static IEnumerable<CardElement> Suggestions(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0
            ? []
            : [
                new TextBlock { Text = SearchTexts.DidYouMean, Weight = FontWeight.Bolder, Wrap = true },
                .. NavigationButtons.Rows(suggestions.Take(3).Select(s => (AdaptiveAction)new SubmitAction { Title = s, Data = CardAction.Data(new SearchAction(s)), AssociatedInputs = AssociatedInputs.None })),
            ];

    private static IEnumerable<CardElement> MoreAnswers(Item? via, List<Item> items) =>
        via is null && items.Count == 0
            ? []
            : [
                new TextBlock { Text = SearchTexts.MoreAnswers, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                .. NavigationButtons.Links([
                    .. via is null ? [] : new[] { ItemCards.Open(SearchTexts.AllAbout(via.Title), via) },
                    .. items.Select(item => ItemCards.Open(item.Title, item)),
                ]),
            ];
}
