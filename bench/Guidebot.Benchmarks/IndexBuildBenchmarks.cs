using BenchmarkDotNet.Attributes;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Loading;
using Guidebot.Knowledge.Search;

namespace Guidebot.Benchmarks;

/// <summary>Building the in-memory index of the whole guide, as the bot does once at startup.</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private Guide _guide = null!;
    private IReadOnlyList<SynonymGroup> _synonyms = null!;

    [GlobalSetup]
    public void Setup()
    {
        _guide = GuideLoader.Load(RepoPaths.Cards);
        _synonyms = SynonymsLoader.Load(RepoPaths.Cards);
    }

    [Benchmark]
    public int BuildIndex()
    {
        using var search = new GuideSearch(_guide, _synonyms);
        return search.Search("karl tomm", 1).Hits.Count;
    }
}
