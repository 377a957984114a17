using System.Text.Json;

namespace Guidebot.Testing.Search;

/// <summary>One staff question as typed, the items a consultant would accept as the first answer, and why.</summary>
public sealed record EvalQuestion(string Area, string Q, IReadOnlyList<string> Accept, string Why);

/// <summary>A question the guide has no answer to (football, weather, recipes): it must get the no-match card.</summary>
public sealed record NoMatchQuestion(string Q, string Why);

/// <summary>The search evaluation set (tests/Guidebot.Knowledge.Tests/Search/eval-questions.json).</summary>
public sealed record EvaluationSet(IReadOnlyList<EvalQuestion> Questions, IReadOnlyList<NoMatchQuestion> NoMatch)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static EvaluationSet Load(string path) =>
        JsonSerializer.Deserialize<EvaluationSet>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} holds no evaluation set.");

    /// <summary>Every query string, in-domain and out-of-domain: the mix latency is measured over.</summary>
    public IEnumerable<string> AllQueries => Questions.Select(q => q.Q).Concat(NoMatch.Select(q => q.Q));
}
