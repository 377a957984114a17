using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Cards;

/// <summary>A choice among options (<c>Input.ChoiceSet</c>); several values are submitted comma-separated.</summary>
public sealed class ChoiceSetInput : CardElement
{
    /// <summary>The key the value is submitted under.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The options.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>The label shown above the choices.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>A drop-down (compact) or radio buttons/check boxes (expanded).</summary>
    [JsonPropertyName("style")]
    public ChoiceInputStyle? Style { get; init; }

    /// <summary>Whether several choices can be picked.</summary>
    [JsonPropertyName("isMultiSelect")]
    public bool? IsMultiSelect { get; init; }

    /// <summary>The initially picked value(s), comma-separated.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>Whether a choice is needed before submitting.</summary>
    [JsonPropertyName("isRequired")]
    public bool? IsRequired { get; init; }

    /// <summary>The message shown when no choice is made.</summary>
    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }
}

/// <summary>One option of a <see cref="ChoiceSetInput"/>.</summary>
/// <param name="Title">The text shown.</param>
/// <param name="Value">The value submitted.</param>
public sealed record Choice(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("value")] string Value);
