using Guidebot.BotFramework.Turns;
using Guidebot.Features.Browse;
using Guidebot.Features.Feedback;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Search;

namespace Guidebot.Features.Search;

/// <summary>Answers a question typed in the chat or the search box with one card.</summary>
internal sealed class SearchAnswers(Guide guide, GuideSearch search, GuideNavigator navigator, UsageLog usage)
{
    public const int MaxHits = 1 + SearchCards.MoreHits;

    public async Task AnswerAsync(ITurnContext turnContext, string? query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            await turnContext.SendActivityAsync(SearchCards.EmptyQuery(guide).ToAttachment(), cancellationToken);
            return;
        }

        var result = search.Search(query, MaxHits);
        Hosting.GuideTelemetry.RecordSearch(result.Kind != SearchResultKind.NoGoodMatch);
        if (result.Kind == SearchResultKind.NoGoodMatch)
        {
            usage.RecordMiss(query);
            await turnContext.SendActivityAsync(SearchCards.NoMatch(guide, query, result.Suggestions).ToAttachment(), cancellationToken);
            return;
        }

        await navigator.RememberItemAsync(turnContext, result.Hits[0].Item, cancellationToken);
        usage.RecordView(result.Hits[0].Item.Id);
        await turnContext.SendActivityAsync(SearchCards.Answer(guide, query, result).ToAttachment(), cancellationToken);
    }
}
