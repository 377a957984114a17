using System.Text.Json;
using System.Text.Json.Nodes;
using Guidebot.BotFramework.Cards;
using Guidebot.BotFramework.Schema;

namespace Guidebot.BotFramework.Tests.Cards;

/// <summary>Serializes card parts through <see cref="BotFrameworkJson"/> and compares them with a JSON snapshot.</summary>
internal static class Snapshot
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Equal(string expected, CardElement element) =>
        Equal(expected, JsonSerializer.Serialize(element, BotFrameworkJson.Default.CardElement));

    public static void Equal(string expected, AdaptiveAction action) =>
        Equal(expected, JsonSerializer.Serialize(action, BotFrameworkJson.Default.AdaptiveAction));

    public static void Equal(string expected, AdaptiveCard card) =>
        Equal(expected, JsonSerializer.Serialize(card, BotFrameworkJson.Default.AdaptiveCard));

    /// <summary>Compares the two documents after normalizing whitespace; property order counts.</summary>
    public static void Equal(string expected, string actualJson) =>
        Assert.Equal(Normalize(expected), Normalize(actualJson));

    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(Indented);
}
