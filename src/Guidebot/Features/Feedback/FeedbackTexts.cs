using System.Globalization;

namespace Guidebot.Features.Feedback;

/// <summary>The bot's own words around feedback and the editors' report card.</summary>
internal static class FeedbackTexts
{
    public const string Question = "Hjalp kortet dig?";

    public const string Helpful = "👍";

    public const string NotHelpful = "👎";

    public const string Thanks = "Tak for din vurdering! Den gemmes kun for kortet – ikke hvem du er – og hjælper redaktørerne med at gøre guiden bedre.";

    public const string WhatWasMissing = "Tak! Hvad manglede du på kortet? Skriv det gerne kort – det er frivilligt.";

    public const string CommentHasPersonalData =
        "Kommentaren er ikke gemt: den ser ud til at indeholde personoplysninger (et navn, et telefon- eller sagsnummer eller en e-mailadresse). " +
        "Jeg har skrevet den uden dem i feltet herunder – ret den gerne, og send den igen.";

    public const string CommentLabel = "Kommentar (valgfri)";

    public const string CommentPlaceholder = "Fx ”mangler et eksempel” – aldrig navne, CPR-numre eller helbredsoplysninger";

    public const string SendButton = "Send";

    public const string SearchAgainButton = "Søg igen";

    public const string CommentSaved = "Tak – din kommentar er gemt uden dit navn. Redaktørerne bruger den, når de forbedrer guiden.";

    public const string CommentEmpty = "Du skrev ingen kommentar, så der er ikke gemt andet end din vurdering.";

    public static string NotAnEditor(string editorId) =>
        $"Feedback-rapporten er kun for guidens redaktører. Dit redaktør-id er {editorId} – bed den, der driver Guidebot, om at tilføje det under Admin:Users.";

    public const string ReportTitle = "Feedback-rapport";

    public static string ReportPeriod(DateOnly from, DateOnly to, int days) =>
        string.Create(CultureInfo.InvariantCulture, $"Sidste {days} dage ({from:dd-MM-yyyy} – {to:dd-MM-yyyy})");

    public const string Views = "Visninger af kort";

    public const string Votes = "Vurderinger";

    public static string VoteCounts(int up, int down) => string.Create(CultureInfo.InvariantCulture, $"{up} 👍 · {down} 👎");

    public const string Comments = "Kommentarer";

    public const string NoAnswer = "Søgninger uden godt svar";

    public const string MissesHeading = "Mest søgt uden godt svar";

    public static string WorstRatedHeading(int minVotes) => string.Create(CultureInfo.InvariantCulture, $"Dårligst bedømte kort (mindst {minVotes} vurderinger)");

    public const string NeverVisitedHeading = "Kort, der ikke er vist i perioden";

    public const string None = "Ingen.";

    public static string Times(int count) => string.Create(CultureInfo.InvariantCulture, $"{count}×");

    public static string DownShare(int percent, int down, int votes) => string.Create(CultureInfo.InvariantCulture, $"{percent} % 👎 ({down} af {votes})");

    public static string OfAll(int never, int all) => string.Create(CultureInfo.InvariantCulture, $"{never} af {all}");

    public const string FullReport = "Hele rapporten med alle kort: kommandoen ”report” eller siden /admin/report (se cards/README.md).";
}
