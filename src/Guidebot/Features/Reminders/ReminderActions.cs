using Guidebot.Bot.Actions;

namespace Guidebot.Features.Reminders;

/// <summary>The typed (or clicked) words that list the user's reminders.</summary>
internal static class ReminderCommands
{
    public const string List = "påmindelser";

    /// <summary>Typed words that show the user's reminders with a delete button each.</summary>
    public static readonly IReadOnlyList<string> ListWords = [List, "mine påmindelser"];
}

/// <summary>"Opret påmindelse" on the confirmation card: the topic (a guide item; none for a plain follow-up) and the date the card showed.</summary>
internal sealed record CreateReminderAction(string? Item, DateOnly Date) : ICardAction
{
    public static string Verb => "paamindelse-opret";
}

/// <summary>"Annullér" on the confirmation card.</summary>
internal sealed record CancelReminderAction : ICardAction
{
    public static string Verb => "paamindelse-annuller";
}

/// <summary>"Slet" beside one of the user's reminders.</summary>
internal sealed record DeleteReminderAction(string Id) : ICardAction
{
    public static string Verb => "paamindelse-slet";
}

/// <summary>"Udskyd 1 uge" on a reminder the bot sent: the same topic again a week from now.</summary>
internal sealed record PostponeReminderAction(string? Item) : ICardAction
{
    public static string Verb => "paamindelse-udskyd";
}
