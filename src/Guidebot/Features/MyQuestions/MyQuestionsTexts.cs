namespace Guidebot.Features.MyQuestions;

/// <summary>The bot's own words around the list of questions for the next conversation; the questions are the guide's.</summary>
internal static class MyQuestionsTexts
{
    public const string Title = "Spørgsmål til næste samtale";

    public const string AddButton = "Tilføj til næste samtale";

    public const string PickHint = "Vælg de spørgsmål, du vil have med, og tryk Gem. Kun guidens spørgsmål gemmes – aldrig noter eller navne.";

    public const string SaveButton = "Gem";

    public const string ShowListButton = "Se listen";

    public const string RemoveButton = "Fjern";

    public const string ClearButton = "Ryd listen";

    public const string ClearConfirmButton = "Ja, ryd listen";

    public const string Empty = "Listen er tom. Åbn et kort med spørgsmål, og vælg Mere › Tilføj til næste samtale.";

    public const string Removed = "Spørgsmålet er fjernet.";

    public const string Cleared = "Listen er ryddet.";

    public static string Count(int questions) => questions == 1 ? "1 spørgsmål" : $"{questions} spørgsmål";

    public static string ClearConfirm(int questions) => $"Vil du fjerne alle {Count(questions)} fra listen?";

    public static string Saved(string item, int questions) => $"Gemt: {Count(questions)} fra ”{item}” er på listen.";

    public static string LeftOut(int questions) =>
        $"Listen kan højst have {SavedQuestions.Max} spørgsmål, så {Count(questions)} kom ikke med. Fjern nogle, og prøv igen.";
}
