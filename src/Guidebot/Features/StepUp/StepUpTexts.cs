
namespace Guidebot.Features.StepUp;

/// <summary>What the bot itself says around the step-up checklists — labels and prompts, never the guide's content.</summary>
internal static class StepUpTexts
{
    public const string ChoiceTitle = "Step-up tjekliste";

    public const string ChoicePrompt = "Hvilke barrierer trækker matchet ud? Vælg, så får du tjeklisten til de tværfaglige samtaler.";

    public const string HealthButton = "Helbredsmæssige barrierer";

    public const string FamilyButton = "Familierelaterede barrierer";

    public const string ToolHealth = "Step-up tjekliste: helbred";

    public const string ToolFamily = "Step-up tjekliste: familie";

    public const string ChecklistHint = "Sæt flueben, og tryk Gem. Kun fluebenene gemmes – skriv ikke navne, CPR-numre eller noter her.";

    public const string SaveButton = "Gem";

    public const string ResetButton = "Nulstil";

    public const string ResetDone = "Fluebenene er nulstillet.";

    public const string SummaryTitleSuffix = "status";

    public const string AllDone = "Alt er klaret.";

    public const string UpdateHint = "Opdatér fluebenene på tjeklisten herunder.";

    public const string TargetGroupSection = "Målgruppe";

    public const string QuestionsSection = "Spørgsmål drøftet";

    public const string ParticipantsSection = "Hvem deltager";

    public const string DocumentsSection = "Dokumenter";

    public const string AgreementSection = "Aftaler";

    public const string ConsentSection = "Samtykke";

    public static string ChecklistTitle(string barrier) => $"{ChoiceTitle}: {barrier}";

    public static string SummaryTitle(string barrier) => $"{ChecklistTitle(barrier)} – {SummaryTitleSuffix}";

    public static string Progress(int done, int total) => $"{done} af {total} klaret";

    public static string SectionProgress(string section, int done, int total) => $"{section} · {done} af {total}";

    public static string ChoiceButton(string label, int done, int total) => done == 0 ? label : $"{label} ({done} af {total})";

    public static string Done(string text) => $"✓ {text}";

    public static string Missing(string text) => $"☐ {text}";
}
