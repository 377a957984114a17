using Guidebot.Bot.Actions;

namespace Guidebot.Features.Assessment;

/// <summary>The self-assessment's typed (or clicked) command words.</summary>
internal static class SelfAssessmentCommands
{
    public const string Start = "selvvurdering";
    public const string Reset = "selvvurdering-nulstil";

    /// <summary>Typed words that open the self-assessment (the profile once something is rated).</summary>
    public static readonly IReadOnlyList<string> StartWords = [Start, "kompetenceprofil"];

    /// <summary>Typed words that forget the ratings.</summary>
    public static readonly IReadOnlyList<string> ResetWords = [Reset, "nulstil selvvurdering"];
}

/// <summary>A click that opens one field's rating card.</summary>
internal sealed record RateFieldAction(string Field) : ICardAction
{
    public static string Verb => "selvvurdering-felt";
}

/// <summary>A click on one of the four levels for a field.</summary>
internal sealed record ChooseLevelAction(string Field, CompetenceLevel Level) : ICardAction
{
    public static string Verb => "selvvurdering-svar";
}
