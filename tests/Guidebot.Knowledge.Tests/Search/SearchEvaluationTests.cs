using System.Globalization;
using Guidebot.Knowledge.Tests.Support;
using Guidebot.Testing.Search;
using Xunit.Abstractions;

namespace Guidebot.Knowledge.Tests.Search;

/// <summary>
/// Measured search quality over realistic staff questions (eval-questions.json), each with the items a
/// consultant would accept first, and out-of-domain questions that must get the no-match card. Prints the
/// per-area figures and every question not answered first.
/// </summary>
public sealed class SearchEvaluationTests(ITestOutputHelper output)
{
    private const double MinTop1 = 0.95;
    private const double MinTop3 = 0.99;
    private const double MaxNoAnswer = 0.01;
    private const int MinQuestionsPerArea = 20;
    private const int MinQuestions = 300;

    private static readonly Lazy<EvaluationSet> Set = new(() =>
        EvaluationSet.Load(Path.Combine(AppContext.BaseDirectory, "Search", "eval-questions.json")));

    [Fact]
    public void Search_EvaluationQuestions_MeetsTop1Top3AndNoAnswerTargets()
    {
        var report = SearchEvaluation.Run(RepoSearch.Instance, Set.Value);
        output.WriteLine(report.Format());

        var total = report.Total;
        Assert.True(
            total.Top1Rate >= MinTop1 && total.Top3Rate >= MinTop3 && total.NoAnswerRate <= MaxNoAnswer,
            string.Create(CultureInfo.InvariantCulture, $"top-1 {total.Top1Rate:P1} (target {MinTop1:P0}), top-3 {total.Top3Rate:P1} (target {MinTop3:P0}), no answer {total.NoAnswerRate:P1} (target ≤ {MaxNoAnswer:P0})"));
    }

    [Fact]
    public void Search_OutOfDomainQuestions_GetNoGoodMatch()
    {
        var report = SearchEvaluation.Run(RepoSearch.Instance, Set.Value with { Questions = [] });

        Assert.Empty(report.AnsweredNoMatch);
    }

    [Fact]
    public void EvaluationSet_EveryAreaHasTwentyQuestionsNamingItemsOfTheGuide()
    {
        var questions = Set.Value.Questions;
        var areas = RepoCards.Guide.Areas.Select(a => a.Id).ToList();

        Assert.True(questions.Count >= MinQuestions, $"{questions.Count} questions");
        Assert.All(areas, area => Assert.True(questions.Count(q => q.Area == area) >= MinQuestionsPerArea, area));
        Assert.All(questions, q => Assert.Contains(q.Area, areas));
        Assert.All(questions, q => Assert.All(q.Accept, id => Assert.NotNull(RepoCards.Guide.FindItem(id))));
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Why), q.Q));
        Assert.NotEmpty(Set.Value.NoMatch);
    }
}
