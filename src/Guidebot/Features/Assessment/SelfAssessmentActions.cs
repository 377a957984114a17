using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Guidebot.Features.Assessment;

/// <summary>The verbs and button data of the competence self-assessment.</summary>
internal static class SelfAssessmentActions
{
    public const string Start = "selvvurdering";
    public const string Reset = "selvvurdering-nulstil";
    public const string ShowField = "selvvurdering-felt";
    public const string Rate = "selvvurdering-svar";

    /// <summary>Typed words that open the self-assessment (the profile once something is rated).</summary>
    public static readonly IReadOnlyList<string> StartWords = [Start, "kompetenceprofil"];

    public static JsonObject OpenField(string field) => new() { ["verb"] = ShowField, ["field"] = field };

    public static JsonObject Choose(string field, CompetenceLevel level) => new() { ["verb"] = Rate, ["field"] = field, ["level"] = level.ToString() };
}

/// <summary>A click that opens one field's rating card.</summary>
internal sealed record SelfAssessmentFieldAction([property: JsonPropertyName("field")] string Field);

/// <summary>A click on one of the four levels for a field.</summary>
internal sealed record SelfAssessmentRateAction([property: JsonPropertyName("field")] string Field, [property: JsonPropertyName("level")] CompetenceLevel Level);
