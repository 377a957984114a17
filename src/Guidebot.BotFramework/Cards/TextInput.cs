using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A text field (<c>Input.Text</c>); its value arrives under <see cref="Id"/> in the submitted data.</summary>
public sealed class TextInput : CardElement
{
    /// <summary>The key the value is submitted under.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The label shown above the field.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>The hint shown while the field is empty.</summary>
    [JsonPropertyName("placeholder")]
    public string? Placeholder { get; init; }

    /// <summary>The initial value.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>Whether the field takes several lines.</summary>
    [JsonPropertyName("isMultiline")]
    public bool? IsMultiline { get; init; }

    /// <summary>The most characters accepted.</summary>
    [JsonPropertyName("maxLength")]
    public int? MaxLength { get; init; }

    /// <summary>Whether a value is needed before submitting.</summary>
    [JsonPropertyName("isRequired")]
    public bool? IsRequired { get; init; }

    /// <summary>The message shown when the value is missing or invalid.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }
}
