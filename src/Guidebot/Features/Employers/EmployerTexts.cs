
namespace Guidebot.Features.Employers;

/// <summary>What the bot itself says in the employer lookup — labels and prompts, never the guide's content.</summary>
internal static class EmployerTexts
{
    public const string StartTitle = "Virksomheder: find argumenter";

    public const string StartIntro = "Slå op, hvad der motiverer virksomheden, hvad du kan svare, når den siger nej, og hvordan du forbereder opkaldet.";

    public const string ToolFactors = "Find argumenter: motivationsfaktor";

    public const string ToolSituations = "Når virksomheden siger …";

    public const string ToolPrepare = "Forbered opkaldet";

    public const string FactorsPrompt = "Hvad motiverer den, du taler med? Vælg motivationsfaktoren, så får du argumenter og spørgsmål, der passer.";

    public const string SituationsPrompt = "Hvad siger virksomheden? Vælg, så får du kildens omformuleringer og spørgsmål.";

    public const string PreparePrompt = "Tjek punkterne, før du ringer.";

    public const string QuickAccessHeading = "Slå op";

    public const string RecogniseHeading = "Sådan kender du den";

    public const string QuestionsHeading = "Spørgsmål, der passer";

    public const string ArgumentsHeading = "Argumenter og mere, der passer";

    public const string OtherFactorsHeading = "Beslægtede motivationsfaktorer";

    public const string PreviousFactorButton = "Forrige faktor";

    public const string NextFactorButton = "Næste faktor";

    public const string SituationBusy = "”Vi har for travlt”";

    public const string SituationCost = "”Hvad koster det?”";

    public const string SituationNoTasks = "”Vi har ikke opgaver”";

    public static string FactorPosition(int number, int count) => $"Motivationsfaktor {number} af {count}";

    public static string SituationTitle(string label) => $"Når virksomheden siger {label}";
}
