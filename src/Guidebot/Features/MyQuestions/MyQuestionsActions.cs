using System.Text.Json;
using System.Text.Json.Serialization;
using Guidebot.Bot.Actions;

namespace Guidebot.Features.MyQuestions;

/// <summary>The typed words that show the list of questions for the next conversation.</summary>
internal static class MyQuestionsCommands
{
    public const string Show = "mine spørgsmål";

    public static readonly IReadOnlyList<string> ShowWords = [Show, "spørgsmål til næste samtale"];
}

/// <summary>"Tilføj til næste samtale" on an item card: the item's questions as toggles.</summary>
internal sealed record PickQuestionsAction(string Item) : ICardAction
{
    public static string Verb => "questions-pick";
}

/// <summary>The Gem button of the toggles: the item plus every toggle's value, keyed by toggle id (merged in by the channel).</summary>
internal sealed record SaveQuestionsAction : ICardAction
{
    public static string Verb => "questions-save";

    public required string Item { get; init; }

    /// <summary>Everything else the click sent: the toggles' values.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Inputs { get; set; }

    /// <summary>Whether the toggle <paramref name="id"/> was submitted ticked.</summary>
    public bool IsTicked(string id) => ToggleValues.IsTicked(Inputs, id);
}

/// <summary>"Fjern" next to one question on the list.</summary>
internal sealed record RemoveQuestionAction(string Item, string Question) : ICardAction
{
    public static string Verb => "questions-remove";
}

/// <summary>"Ja, ryd listen": every question off the list.</summary>
internal sealed record ClearQuestionsAction : ICardAction
{
    public static string Verb => "questions-clear";
}

/// <summary>"Kopiér som tekst" on the list.</summary>
internal sealed record CopyQuestionsAction : ICardAction
{
    public static string Verb => "questions-copy";
}
