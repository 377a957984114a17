using System.Text.Json;
using System.Text.Json.Nodes;
using Guidebot.BotFramework.Cards;
using Guidebot.BotFramework.Schema;

namespace Guidebot.Testing.Cards;

/// <summary>A card to validate, as the JSON the bot sends, with a name that failures are reported under.</summary>
/// <param name="Name">How failures name the card, e.g. <c>GuidelineCards.Guideline(3)</c>.</param>
/// <param name="Card">The card JSON.</param>
public sealed record NamedCard(string Name, JsonNode Card)
{
    /// <summary>Serializes <paramref name="card"/> exactly as an activity attachment carries it (<see cref="BotFrameworkJson.Wire"/>).</summary>
    public static NamedCard From(string name, AdaptiveCard card) =>
        new(name, JsonSerializer.SerializeToNode(card, BotFrameworkJson.Wire.AdaptiveCard)!);
}
