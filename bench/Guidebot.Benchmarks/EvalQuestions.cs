using Guidebot.Testing.Search;

namespace Guidebot.Benchmarks;

/// <summary>The evaluation set's query strings, in-domain and out-of-domain: the realistic mix latency is measured over.</summary>
public static class EvalQuestions
{
    public static EvaluationSet Set() => EvaluationSet.Load(RepoPaths.Questions);

    public static string[] Load() => [.. Set().AllQueries];
}
