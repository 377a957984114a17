using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>Title–value pairs shown as a two-column list.</summary>
public sealed class FactSet : CardElement
{
    /// <summary>The pairs, top to bottom.</summary>
    [JsonPropertyName("facts")]
    public required IReadOnlyList<Fact> Facts { get; init; }

    /// <summary>The element's id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}

/// <summary>One pair of a <see cref="FactSet"/>.</summary>
/// <param name="Title">The left-hand label.</param>
/// <param name="Value">The right-hand value; a subset of Markdown is allowed.</param>
public sealed record Fact(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] string Value);
