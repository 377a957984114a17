using Guidebot.Knowledge.Search;

namespace Guidebot.Testing.Search;

/// <summary>
/// Runs the evaluation set through search as the bot does (the first hit is the card shown; the next two are
/// its buttons) and scores it per area: right item first, right item in the top three, no answer at all.
/// </summary>
public static class SearchEvaluation
{
    public const int Shown = 3;

    public static EvaluationReport Run(GuideSearch search, EvaluationSet set)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(set);
        var outcomes = set.Questions.Select(question =>
        {
            var result = search.Search(question.Q, Shown);
            var ids = result.Hits.Select(hit => hit.Item.Id).ToList();
            var rank = ids.FindIndex(question.Accept.Contains);
            return new QuestionOutcome(question, rank, result.Kind == SearchResultKind.NoGoodMatch, ids);
        }).ToList();
        var answered = set.NoMatch
            .Select(question => (question, result: search.Search(question.Q, 1)))
            .Where(x => x.result.Kind != SearchResultKind.NoGoodMatch)
            .Select(x => new AnsweredNoMatch(x.question, x.result.Hits[0].Item.Id))
            .ToList();
        return new EvaluationReport(outcomes, set.NoMatch.Count, answered);
    }
}
