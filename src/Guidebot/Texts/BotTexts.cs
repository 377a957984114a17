namespace Guidebot.Texts;

/// <summary>What the bot itself says (not the guide's content), in Danish.</summary>
internal static class BotTexts
{
    public const string Name = "Guidebot";

    public const string Tagline = "Din lommeguide til det praksisfaglige arbejde: metoder, spørgsmål og tjeklister – kort og klar til brug i samtalen.";

    public const string PrivacyReminder = "Skriv aldrig navne, CPR-numre eller helbredsoplysninger om borgere her.";

    public const string SearchPlaceholder = "Skriv et spørgsmål, fx ”borgeren gør modstand”";

    public const string SearchLabel = "Søg i guiden";

    public const string SearchButton = "Søg";

    public const string AreasHeading = "Eller vælg et emne";

    public static string Apology(string correlationId) =>
        $"Beklager, noget gik galt hos mig. Prøv igen, eller skriv ”menu”. (Fejlkode: {correlationId})";
}
