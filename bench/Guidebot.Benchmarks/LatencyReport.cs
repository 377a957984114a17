using System.Diagnostics;
using System.Globalization;
using Guidebot.Knowledge.Loading;
using Guidebot.Knowledge.Search;

namespace Guidebot.Benchmarks;

/// <summary>
/// The distribution BenchmarkDotNet does not give: the latency of each single query (median, p99, max) over
/// every evaluation question, after a warm-up. BenchmarkDotNet's figures are means over many operations.
/// </summary>
public static class LatencyReport
{
    private const int Rounds = 30;

    public static void Print()
    {
        var questions = EvalQuestions.Load();
        using var search = new GuideSearch(GuideLoader.Load(RepoPaths.Cards), SynonymsLoader.Load(RepoPaths.Cards));
        foreach (var question in questions)
        {
            search.Search(question);
        }

        var samples = new List<double>(questions.Length * Rounds);
        var slowest = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                search.Search(question);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                samples.Add(elapsed);
                slowest[question] = slowest.GetValueOrDefault(question) + (elapsed / Rounds);
            }
        }

        var allocated = questions.ToDictionary(q => q, q =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            search.Search(q);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        });

        samples.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Per-query latency over {questions.Length} questions × {Rounds} rounds: median {At(samples, 0.50):F3} ms, p99 {At(samples, 0.99):F3} ms, max {samples[^1]:F3} ms"));

        foreach (var (question, mean) in slowest.OrderByDescending(q => q.Value).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest: {mean:F3} ms mean  \"{question}\""));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Allocated per query: mean {allocated.Values.Average() / 1024:F1} KB"));
        foreach (var (question, bytes) in allocated.OrderByDescending(q => q.Value).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  most: {bytes / 1024.0:F1} KB  \"{question}\""));
        }
    }

    private static double At(List<double> sorted, double quantile) => sorted[(int)Math.Ceiling(quantile * sorted.Count) - 1];
}
