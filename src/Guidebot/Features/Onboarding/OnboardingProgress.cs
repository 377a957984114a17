using System.Text.Json.Serialization;

namespace Guidebot.Features.Onboarding;

/// <summary>
/// A user's course progress, kept in user state: ids and counts only. <c>Completed</c> maps each finished
/// module to its quiz score; <c>Current</c> is the module under way and the card to resume at.
/// </summary>
internal sealed record OnboardingProgress(
    [property: JsonPropertyName("completed")] IReadOnlyDictionary<string, QuizScore> Completed,
    [property: JsonPropertyName("current")] ModuleRun? Current)
{
    public static OnboardingProgress Empty { get; } = new(new Dictionary<string, QuizScore>(StringComparer.Ordinal), null);

    public OnboardingProgress Complete(string module, QuizScore score) =>
        new(new Dictionary<string, QuizScore>(Completed, StringComparer.Ordinal) { [module] = score }, null);
}

/// <summary>The module being read: the position of the card to show next (items, then questions) and the quiz so far.</summary>
internal sealed record ModuleRun(
    [property: JsonPropertyName("module")] string Module,
    [property: JsonPropertyName("position")] int Position,
    [property: JsonPropertyName("score")] QuizScore Score);

/// <summary>Right and wrong answers in a module's quiz.</summary>
internal sealed record QuizScore([property: JsonPropertyName("right")] int Right, [property: JsonPropertyName("wrong")] int Wrong)
{
    public static QuizScore None { get; } = new(0, 0);

    public QuizScore Add(bool right) => right ? this with { Right = Right + 1 } : this with { Wrong = Wrong + 1 };
}
