using BenchmarkDotNet.Attributes;
using Guidebot.Knowledge.Loading;
using Guidebot.Knowledge.Search;

namespace Guidebot.Benchmarks;

/// <summary>One query per operation, cycling through the evaluation questions (typos and nonsense included).</summary>
[MemoryDiagnoser]
public class SearchBenchmarks : IDisposable
{
    private GuideSearch _search = null!;
    private string[] _questions = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _search = new GuideSearch(GuideLoader.Load(RepoPaths.Cards), SynonymsLoader.Load(RepoPaths.Cards));
        _questions = EvalQuestions.Load();
    }

    [Benchmark]
    public SearchResult SearchMixedQuestion()
    {
        _next = (_next + 1) % _questions.Length;
        return _search.Search(_questions[_next], 5);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _search?.Dispose();
        GC.SuppressFinalize(this);
    }
}
