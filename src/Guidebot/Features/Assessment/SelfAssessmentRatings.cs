using System.Text.Json.Serialization;

namespace Guidebot.Features.Assessment;

/// <summary>A user's own rating of each competence field, kept in user state by field id only.</summary>
internal sealed record SelfAssessmentRatings([property: JsonPropertyName("ratings")] IReadOnlyDictionary<string, CompetenceLevel> Ratings)
{
    public static SelfAssessmentRatings Empty { get; } = new(new Dictionary<string, CompetenceLevel>(StringComparer.Ordinal));

    public SelfAssessmentRatings Rate(string field, CompetenceLevel level) =>
        new(new Dictionary<string, CompetenceLevel>(Ratings, StringComparer.Ordinal) { [field] = level });
}

/// <summary>The four steps a consultant rates a field on, from "not yet basic" to "specialised".</summary>
internal enum CompetenceLevel
{
    NotYetBasic,
    Basic,
    TowardsSpecialised,
    Specialised,
}
