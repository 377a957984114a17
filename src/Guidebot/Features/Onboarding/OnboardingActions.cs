using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Guidebot.Features.Onboarding;

/// <summary>The verbs and button data of the onboarding course.</summary>
internal static class OnboardingActions
{
    public const string Overview = "onboarding";
    public const string Resume = "onboarding-fortsaet";
    public const string Module = "onboarding-modul";
    public const string ShowCard = "onboarding-kort";
    public const string Answer = "onboarding-svar";
    public const string Result = "onboarding-resultat";

    /// <summary>Typed words that open the course overview.</summary>
    public static readonly IReadOnlyList<string> OverviewWords = [Overview, "introforløb"];

    /// <summary>Typed words that resume the course at the card the user left.</summary>
    public static readonly IReadOnlyList<string> ResumeWords = [Resume, "fortsæt hvor jeg slap"];

    public static JsonObject OpenModule(string module) => new() { ["verb"] = Module, ["module"] = module };

    public static JsonObject OpenCard(string module, int position) => new() { ["verb"] = ShowCard, ["module"] = module, ["position"] = position };

    public static JsonObject Choose(string module, int question, int option) =>
        new() { ["verb"] = Answer, ["module"] = module, ["question"] = question, ["option"] = option };

    public static JsonObject ShowResult(string module) => new() { ["verb"] = Result, ["module"] = module };
}

/// <summary>A click that names a module: its intro, or its result.</summary>
internal sealed record OnboardingModuleAction([property: JsonPropertyName("module")] string Module);

/// <summary>A click on Næste/Forrige inside a module: the card at <c>Position</c> (items to read, then questions).</summary>
internal sealed record OnboardingCardAction([property: JsonPropertyName("module")] string Module, [property: JsonPropertyName("position")] int Position);

/// <summary>A click on one option of a quiz question.</summary>
internal sealed record OnboardingAnswerAction(
    [property: JsonPropertyName("module")] string Module,
    [property: JsonPropertyName("question")] int Question,
    [property: JsonPropertyName("option")] int Option);
