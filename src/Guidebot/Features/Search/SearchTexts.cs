
namespace Guidebot.Features.Search;

/// <summary>The bot's own words around search answers.</summary>
internal static class SearchTexts
{
    public const string AnswerTo = "Bedste svar på: ";

    public const string OpenInGuide = "Åbn i guiden";

    public const string MoreAnswers = "Andre forslag";

    /// <summary>The button to the situation card an answer was found through: "Alt om: Borgeren siger: ”Jeg har ondt”".</summary>
    public static string AllAbout(string situationTitle) => $"Alt om: {situationTitle}";

    public const string DidYouMean = "Mente du …?";

    public const string NoMatch = "Jeg fandt ikke et godt svar på:";

    public const string TryAgain = "Prøv med andre ord, eller vælg et emne:";

    public const string EmptyQuery = "Skriv et spørgsmål i feltet, fx ”borgeren gør modstand”, eller vælg et emne:";
}
