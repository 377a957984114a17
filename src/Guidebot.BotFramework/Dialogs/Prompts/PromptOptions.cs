using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>What a prompt asks, what it says when the answer is not understood, and (for choices) the options.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    [JsonPropertyName("prompt")]
    public required string Prompt { get; init; }

    /// <summary>Said when the answer was not understood; a Danish default is used when null.</summary>
    [JsonPropertyName("retryPrompt")]
    public string? RetryPrompt { get; init; }

    /// <summary>The options of a choice prompt.</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<Choice>? Choices { get; init; }
}

/// <summary>One option of a choice prompt: the value returned, the title shown, and other words for it.</summary>
public sealed record Choice(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("title")] string? Title = null,
    [property: JsonPropertyName("synonyms")] IReadOnlyList<string>? Synonyms = null)
{
    /// <summary>The text on the button.</summary>
    [JsonIgnore]
    public string DisplayTitle => Title ?? Value;
}

/// <summary>The option the user picked, and its position in the list.</summary>
public sealed record FoundChoice(string Value, int Index);
