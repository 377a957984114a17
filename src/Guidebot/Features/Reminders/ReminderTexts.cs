namespace Guidebot.Features.Reminders;

/// <summary>What the bot says about reminders, in Danish.</summary>
internal static class ReminderTexts
{
    /// <summary>The topic of a reminder about no guide item.</summary>
    public const string PlainTopic = "Opfølgning";

    public const string ConfirmTitle = "Ny påmindelse";

    public const string CreatedTitle = "Påmindelse oprettet";

    public const string PostponedTitle = "Påmindelse udskudt";

    public const string TopicLabel = "Emne";

    public const string WhenLabel = "Hvornår";

    public const string ConfirmNote = "Jeg skriver til dig her i chatten den dag. Kun emnet og datoen gemmes – aldrig navne eller andet, du har skrevet.";

    public const string SavedNote = "Skriv ”påmindelser” for at se eller slette dine påmindelser.";

    public const string CreateButton = "Opret påmindelse";

    public const string CancelButton = "Annullér";

    public const string Cancelled = "Fint, påmindelsen er ikke oprettet.";

    public const string ListTitle = "Dine påmindelser";

    public const string ListButton = "Mine påmindelser";

    public const string ListEmpty = "Du har ingen påmindelser.";

    public const string DeleteButton = "Slet";

    public const string Deleted = "Påmindelsen er slettet.";

    public const string AlreadyGone = "Påmindelsen findes ikke længere.";

    public const string DueTitle = "Påmindelse";

    public const string DueIntro = "Du bad mig minde dig om:";

    public const string PostponeButton = "Udskyd 1 uge";

    public const string Example = "Skriv fx ”mind mig om opfølgning om 3 måneder” eller ”påmind mig om 2 uger”.";

    public const string NoDelay = "Hvornår skal jeg minde dig om det? Skriv antal dage, uger eller måneder – fx ”mind mig om opfølgning om 3 måneder”.";

    public static readonly string TooFar = $"Jeg kan højst minde dig om noget {DueTime.MaxMonths} måneder frem. {Example}";

    public const string DatePassed = "Datoen på kortet kan ikke bruges længere. " + Example;

    public const string PersonalChatOnly = "Påmindelser hører til din personlige chat med Guidebot. Skriv til mig dér.";

    public const string NoAddress = "Jeg kan ikke sende påmindelser i denne chat.";

    public static string Full(int max) =>
        $"Du har allerede {max} påmindelser, og flere kan du ikke have. Slet en under ”påmindelser”, før du opretter en ny.";

    private static readonly string[] Days = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];

    private static readonly string[] Months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    /// <summary>"mandag den 16. juni 2025"</summary>
    public static string Date(DateOnly date) => $"{Days[(int)date.DayOfWeek]} den {date.Day}. {Months[date.Month - 1]} {date.Year}";

    /// <summary>"mandag den 16. juni 2025 kl. 8.00"</summary>
    public static string When(DateOnly date) => $"{Date(date)} kl. {DueTime.SendAt.Hour}.{DueTime.SendAt.Minute:00}";
}
