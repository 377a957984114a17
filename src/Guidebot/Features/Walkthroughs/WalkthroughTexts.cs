
namespace Guidebot.Features.Walkthroughs;

/// <summary>What the walk-throughs say in their own words: buttons, prompts and headings — never the guide's content.</summary>
internal static class WalkthroughTexts
{
    public const string NotUnderstood = "Det forstod jeg ikke. Klik på en af knapperne, eller skriv fx ”næste” eller ”forrige”.";

    public const string StartButton = "Start";

    public const string RestartButton = "Start forfra";

    public static string ToAreaButton(string area) => $"Til {area}";

    // Råderummet
    public const string RaaderumTool = "Gennemgå de 10 guidelines";

    public const string RaaderumName = "Råderummet";

    public static string GuidelineProgress(int number, int count) => $"{RaaderumName} · guideline {number}/{count}";

    public const string RaaderumIntroProgress = $"{RaaderumName} · indledning";

    public const string RaaderumClosingProgress = $"{RaaderumName} · afslutning";

    // Karl Tomm
    public const string KarlTommTool = "Vælg spørgsmål (Karl Tomm)";

    public const string KarlTommName = "Karl Tomm";

    public const string KarlTommOverviewProgress = $"{KarlTommName} · de fire spørgsmålstyper";

    public const string FactualHalf = "Øverste halvdel: faktuelle spørgsmål";

    public const string ReflectiveHalf = "Nederste halvdel: komplicerede spørgsmål";

    public const string GoalQuestion = "Hvad vil du opnå?";

    public const string GoalProgress = $"{KarlTommName} · vælg spørgsmål";

    public const string FactualChoice = "Afklare konkrete forhold";

    public const string ReflectiveChoice = "Nye perspektiver";

    public const string FactualTitle = "Spørgsmål der afklarer konkrete forhold";

    public const string ReflectiveTitle = "Spørgsmål der åbner for nye perspektiver";

    public const string ReadAloud = "Klar til at stille:";

    public const string ZonesButton = "Udviklingszonen";

    public const string ZonesProgress = $"{KarlTommName} · udviklingszonen";

    public const string ChooseAgainButton = "Vælg igen";

    // Forventningsafstemning
    public const string ExpectationsTool = "Samtalescript: forventningsafstemning";

    public const string EmployerExpectationsTool = "Samtalescript: forventningsafstemning med virksomhed";

    public const string ExpectationsName = "Forventningsafstemning";

    public const string EmployerExpectationsName = "Forventningsafstemning med virksomhed";

    public const string BeforeTheTalkProgress = $"{ExpectationsName} · før samtalen";

    public static string StepProgress(string script, int number, int count) => $"{script} · trin {number} af {count}";

    public static string StepTitle(int number, int count) => $"Trin {number} af {count}";

    public const string TalkAbout = "Tal med borgeren om:";

    public const string SummaryTitle = "Opsamling og næste skridt – hvem gør hvad?";

    // Motivation
    public const string MotivationTool = "Motivation: hvad observerer du?";

    public const string MotivationName = "Motivation";

    public const string ObserveQuestion = "Hvad observerer du?";

    public const string ObserveProgress = $"{MotivationName} · hvad observerer du?";

    public const string LostFaith = "Mistet troen";

    public const string AfraidOfDemands = "Bange for kravene";

    public const string NoWorkIdentity = "Ingen arbejdsidentitet i familien";

    public const string HeavyProblems = "Store helbreds- eller sociale problemer";

    public const string ResistsPraktik = "Modstand mod praktik";

    public const string BehindIt = "Det kan ligge bag";

    public const string HowToRespond = "Sådan kan du møde det";

    public const string PaidHours = "Lønnede timer";

    public const string JobRoadButton = "Jobvejen";

    public const string OtherObservationButton = "Anden observation";
}
