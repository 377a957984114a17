
namespace Guidebot.Features.Onboarding;

/// <summary>What the bot itself says in the onboarding course (navigation, progress, quiz feedback) — never the guide's content.</summary>
internal static class OnboardingTexts
{
    public const string Title = "Onboarding for nye konsulenter";

    public const string Intro = "Et forløb i moduler gennem det vigtigste i guiden. Læs kortene ét ad gangen med Næste, og tjek din forståelse med et par spørgsmål til sidst i hvert modul. Guidebot husker, hvor langt du er nået.";

    public const string ResumeButton = "Fortsæt hvor jeg slap";

    public const string ModulesHeading = "Moduler";

    public const string QuizMarker = "Quizspørgsmål formuleret af Guidebot – svarene bygger på guidens kort.";

    public const string Right = "Rigtigt!";

    public const string Wrong = "Ikke helt.";

    public const string SourceSays = "Det står der i kilden:";

    public const string StartModuleButton = "Start modulet";

    public const string QuizButton = "Gå til quizzen";

    public const string ContentsHeading = "Kortene i modulet";

    public const string NextQuestionButton = "Næste spørgsmål";

    public const string ResultButton = "Se resultat";

    public const string ModuleDone = "Modul gennemført";

    public const string OverviewButton = "Til oversigten";

    public const string CourseDone = "Du har gennemført alle moduler. Du kan altid tage et modul igen.";

    public static string Progress(int completed, int modules) => $"{completed} af {modules} moduler gennemført";

    public static string ModuleLine(int number, int modules, string title) => $"Modul {number} af {modules}: {title}";

    public static string ModuleRow(int number, string title, bool completed) => $"{(completed ? "✓" : "○")} {number}. {title}";

    public static string ModuleSize(int cards, int questions) => $"{cards} kort at læse, ét ad gangen, og {questions} spørgsmål til sidst.";

    public static string ContentsRow(int number, string title) => $"{number}. {title}";

    public static string ReadingPosition(int card, int cards) => $"Kort {card} af {cards}";

    public static string QuizPosition(int question, int questions) => $"Quiz · spørgsmål {question} af {questions}";

    public static string Option(int index, string text) => $"{(char)('A' + index)}. {text}";

    public static string CorrectAnswer(string option) => $"Det rigtige svar: {option}";

    public static string SeeItem(string title) => $"Se: {title}";

    public static string Score(int right, int questions) => $"Du svarede rigtigt på {right} af {questions} spørgsmål.";

    public static string NextModuleButton(string title) => $"Næste modul: {title}";

    public const string ResetButton = "Nulstil mit forløb";

    public const string ResetDone = "Dit onboardingforløb er nulstillet.";
}
