
namespace Guidebot.Texts;

/// <summary>What the bot itself says (navigation, prompts, help) in Danish — never the guide's content.</summary>
internal static class BotTexts
{
    public const string Name = "Guidebot";

    public const string Tagline = "Din lommeguide til det praksisfaglige arbejde: metoder, spørgsmål og tjeklister – kort og klar til brug i samtalen.";

    public const string PrivacyReminder = "Skriv aldrig navne, CPR-numre eller helbredsoplysninger om borgere her.";

    public const string SearchPlaceholder = "Skriv et spørgsmål, fx ”borgeren gør modstand”";

    public const string SearchLabel = "Søg i guiden";

    public const string SearchButton = "Søg";

    public const string AreasHeading = "Eller vælg et emne";

    public const string MenuButton = "Menu";

    public const string BackButton = "Tilbage";

    public const string PreviousButton = "Forrige";

    public const string NextButton = "Næste";

    public const string PreviousPageButton = "Forrige side";

    public const string NextPageButton = "Næste side";

    public const string ShowMoreButton = "Vis resten";

    public const string SeeAlso = "Se også";

    /// <summary>Marks the bot's own words inside content.</summary>
    public const string NoteLabel = "Guidebots note";

    public static string OpenItem(string title) => $"Åbn: {title}";

    public const string HelpTitle = "Sådan bruger du Guidebot";

    public static readonly IReadOnlyList<(string Typed, string Does)> HelpCommands =
    [
        ("menu", "viser hovedmenuen (også: start, forfra)"),
        ("tilbage", "går et niveau op"),
        ("hjælp", "viser denne hjælp"),
        ("onboarding", "forløbet for nye konsulenter; ”fortsæt hvor jeg slap” tager dig videre"),
        ("selvvurdering", "vurder dig selv i de seks kompetencefelter"),
        ("mind mig om opfølgning om 3 måneder", "en påmindelse her i chatten kl. 8 på dagen; ”påmindelser” viser dine"),
        ("mine spørgsmål", "din liste med spørgsmål til næste samtale; tilføj fra et kort med Mere › Tilføj til næste samtale"),
    ];

    public static readonly (string Typed, string Does) HelpQuestion =
        ("et spørgsmål", "fx ”borgeren gør modstand” eller ”virksomheden har for travlt” – så finder jeg det bedste kort");

    public const string HelpClicks = "Du kan også klikke dig rundt: vælg et emne i menuen, åbn et kort, og brug Forrige, Næste, Tilbage og Menu nederst på kortet.";

    public static string Source(string source) => $"Kilde: {source}";

    public static string Position(string area, int number, int count) => $"{area} · {number} af {count}";

    public static string ItemsHeading(int page, int pages) => pages > 1 ? $"Emner (side {page} af {pages})" : "Emner";

    /// <summary>Said when a conversation's saved place could not be continued after an update.</summary>
    public const string Restarted = "Guiden er blevet opdateret siden sidst, så vi starter forfra.";

    public static string Apology(string correlationId) =>
        $"Beklager, noget gik galt hos mig. Prøv igen, eller skriv ”menu”. (Fejlkode: {correlationId})";
}
