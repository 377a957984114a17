using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A check box (<c>Input.Toggle</c>); submits <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
public sealed class ToggleInput : CardElement
{
    /// <summary>The key the value is submitted under.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The text beside the check box.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>The label shown above the check box.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>The initial value: <see cref="ValueOn"/> checks the box.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>The value submitted when checked (host default <c>true</c>).</summary>
    [JsonPropertyName("valueOn")]
    public string? ValueOn { get; init; }

    /// <summary>The value submitted when unchecked (host default <c>false</c>).</summary>
    [JsonPropertyName("valueOff")]
    public string? ValueOff { get; init; }

    /// <summary>Whether the title wraps.</summary>
    [JsonPropertyName("wrap")]
    public bool? Wrap { get; init; }
}
