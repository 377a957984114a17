using Guidebot.Bot.Actions;

namespace Guidebot.Features.Feedback;

/// <summary>The feedback report's typed command, for editors listed in Admin:Users.</summary>
internal static class FeedbackCommands
{
    public const string Report = "rapport";

    public static readonly IReadOnlyList<string> ReportWords = [Report, "feedbackrapport"];
}

/// <summary>A 👍 (<see cref="Helpful"/>) or 👎 on an item; from a search answer it carries the search, kept as a miss on a 👎.</summary>
internal sealed record RateItemAction(string Item, bool Helpful, string? Query = null) : ICardAction
{
    public static string Verb => "feedback";
}

/// <summary>The optional comment after a 👎 (the card's input arrives as <see cref="Comment"/>).</summary>
internal sealed record CommentOnItemAction(string Item, string? Comment = null) : ICardAction
{
    public static string Verb => "feedback-kommentar";
}
