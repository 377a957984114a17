using Guidebot.Knowledge.Loading;
using Guidebot.Knowledge.Search;
using Guidebot.Testing.Search;

namespace Guidebot.Benchmarks;

/// <summary>Search quality on the evaluation set, per area (top-1, top-3, no answer), as SearchEvaluationTests checks it.</summary>
public static class QualityReport
{
    public static void Print()
    {
        using var search = new GuideSearch(GuideLoader.Load(RepoPaths.Cards), SynonymsLoader.Load(RepoPaths.Cards));
        Console.WriteLine("Search quality on the evaluation set:");
        Console.WriteLine(SearchEvaluation.Run(search, EvalQuestions.Set()).Format());
    }
}
