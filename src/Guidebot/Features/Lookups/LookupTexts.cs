namespace Guidebot.Features.Lookups;

/// <summary>What every lookup says in the bot's own words — headings and buttons; each lookup's own wording is in cards/tools/.</summary>
internal static class LookupTexts
{
    public const string QuickAccessHeading = "Slå op";

    public const string QuestionsHeading = "Spørgsmål, der passer";

    public const string MoreHeading = "Argumenter og mere, der passer";

    public const string PreviousButton = "Forrige";

    public const string NextButton = "Næste";

    public static string Position(string list, int number, int count) => $"{list} · {number} af {count}";

    public static string InListHeading(string list) => $"Også i {list.ToLowerInvariant()}";
}
