using Guidebot.Bot.Actions;

namespace Guidebot.Features.Onboarding;

/// <summary>The onboarding course's typed (or clicked) command words.</summary>
internal static class OnboardingCommands
{
    public const string Overview = "onboarding";
    public const string Resume = "onboarding-fortsaet";
    public const string Reset = "onboarding-nulstil";

    /// <summary>Typed words that open the course overview.</summary>
    public static readonly IReadOnlyList<string> OverviewWords = [Overview, "introforløb"];

    /// <summary>Typed words that resume the course at the card the user left.</summary>
    public static readonly IReadOnlyList<string> ResumeWords = [Resume, "fortsæt hvor jeg slap"];

    /// <summary>Typed words that forget the user's progress in the course.</summary>
    public static readonly IReadOnlyList<string> ResetWords = [Reset, "nulstil onboarding"];
}

/// <summary>A click that opens a module's introduction.</summary>
internal sealed record OpenModuleAction(string Module) : ICardAction
{
    public static string Verb => "onboarding-modul";
}

/// <summary>A click on Næste/Forrige inside a module: the card at <c>Position</c> (items to read, then questions).</summary>
internal sealed record OpenModuleCardAction(string Module, int Position) : ICardAction
{
    public static string Verb => "onboarding-kort";
}

/// <summary>A click on one option of a quiz question.</summary>
internal sealed record AnswerQuestionAction(string Module, int Question, int Option) : ICardAction
{
    public static string Verb => "onboarding-svar";
}

/// <summary>A click that shows a completed module's result.</summary>
internal sealed record ShowModuleResultAction(string Module) : ICardAction
{
    public static string Verb => "onboarding-resultat";
}
