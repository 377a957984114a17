using System.Text.Json.Serialization;

namespace Guidebot.Features.Walkthroughs;

/// <summary>The page a <see cref="PagePrompt"/> shows and waits on.</summary>
internal sealed record PagePromptState([property: JsonPropertyName("page")] string Page);
