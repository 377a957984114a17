namespace Guidebot.Features.Checklists;

/// <summary>What the bot itself says around any checklist — the lists' own titles and labels are in cards/tools/.</summary>
internal static class ChecklistTexts
{
    public const string Hint = "Sæt flueben, og tryk Gem. Kun fluebenene gemmes – skriv ikke navne, CPR-numre eller noter her.";

    public const string SaveButton = "Gem";

    public const string ResetButton = "Nulstil";

    public const string EditButton = "Ret fluebenene";

    public const string ResetDone = "Fluebenene er nulstillet.";

    public const string AllDone = "Alt er klaret.";

    public static string SummaryTitle(string list) => $"{list} – status";

    public static string Progress(int done, int total) => $"{done} af {total} klaret";

    public static string SectionProgress(string section, int done, int total) => $"{section} · {done} af {total}";

    public static string ChoiceButton(string label, int done, int total) => done == 0 ? label : $"{label} ({done} af {total})";

    public static string Done(string text) => $"✓ {text}";

    public static string Missing(string text) => $"☐ {text}";
}
