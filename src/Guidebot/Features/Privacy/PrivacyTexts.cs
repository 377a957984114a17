
namespace Guidebot.Features.Privacy;

/// <summary>The bot's reminders about personal data.</summary>
internal static class PrivacyTexts
{
    public const string CprReminder =
        "Pas på: din besked ser ud til at indeholde et CPR-nummer. Del aldrig CPR-numre, navne eller helbredsoplysninger om borgere her. " +
        "Jeg har ikke brugt eller gemt beskeden – skriv dit spørgsmål igen uden personoplysninger.";
}
