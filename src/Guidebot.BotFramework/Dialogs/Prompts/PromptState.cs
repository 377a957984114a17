using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>A prompt's saved state: its options and how many answers it has had.</summary>
internal sealed record PromptState(
    [property: JsonPropertyName("options")] PromptOptions Options,
    [property: JsonPropertyName("attempts")] int Attempts);
