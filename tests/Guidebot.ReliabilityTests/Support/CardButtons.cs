using System.Text.Json;
using System.Text.Json.Nodes;
using Guidebot.BotFramework.Schema;
using Guidebot.Testing.Turns;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>Reading a card's buttons as a user would click them.</summary>
public static class CardButtons
{
    /// <summary>The data of the first button with <paramref name="verb"/>, to send back as a click.</summary>
    public static JsonNode Data(Activity card, string verb) =>
        JsonNode.Parse(card.SubmitButtons().First(b => Verb(b.Data) == verb).Data.GetRawText())!;

    public static string? Verb(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("verb", out var verb) ? verb.GetString() : null;

    /// <summary>The card's button titles, to compare two cards.</summary>
    public static string Titles(Activity card) => string.Join(" | ", card.SubmitButtons().Select(b => b.Title));
}
