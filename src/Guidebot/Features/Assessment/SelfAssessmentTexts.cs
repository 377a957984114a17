using Guidebot.Features.Onboarding;

namespace Guidebot.Features.Assessment;

/// <summary>What the bot itself says in the competence self-assessment — the fields' own texts come from the guide.</summary>
internal static class SelfAssessmentTexts
{
    public const string Title = "Selvvurdering";

    public const string StartButton = "Selvvurdering";

    public const string ShowBasic = "Vis grundlæggende niveau";

    public const string ShowSpecialised = "Vis specialiseret niveau";

    public const string Prompt = "Hvor ser du dig selv i dag?";

    public const string ProfileTitle = "Din kompetenceprofil";

    public const string ProfileIntro = "Din egen vurdering af de seks felter. Guidebot gemmer kun dit niveau pr. felt.";

    public const string Strengths = "Styrkepositioner";

    public const string Potentials = "Udviklingspotentialer";

    public const string NotRated = "Ikke vurderet endnu";

    public const string LearningHeading = "Sådan kan du lære – efter dimension";

    public const string AgainButton = "Vurder igen";

    public const string ResetButton = "Nulstil";

    public const string ResetDone = "Din selvvurdering er nulstillet. Der er ikke gemt nogen vurderinger.";

    public const string StartAgainButton = "Start selvvurdering";

    public static string FieldPosition(int field, int fields) => $"Selvvurdering · felt {field} af {fields}";

    public static string Level(CompetenceLevel level) => level switch
    {
        CompetenceLevel.NotYetBasic => "Endnu ikke grundlæggende",
        CompetenceLevel.Basic => "Grundlæggende",
        CompetenceLevel.TowardsSpecialised => "På vej mod specialiseret",
        CompetenceLevel.Specialised => "Specialiseret",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Rated(string field, CompetenceLevel level) => $"• {field}: {Level(level)}";

    public static string SeeItem(string title) => OnboardingTexts.SeeItem(title);
}
