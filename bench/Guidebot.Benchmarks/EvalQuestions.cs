using System.Text.Json;

namespace Guidebot.Benchmarks;

/// <summary>The evaluation questions' query strings: the realistic mix the latency is measured over.</summary>
public static class EvalQuestions
{
    public static string[] Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.Questions));
        return [.. json.RootElement.EnumerateArray().Select(q => q.GetProperty("q").GetString() ?? string.Empty)];
    }
}
