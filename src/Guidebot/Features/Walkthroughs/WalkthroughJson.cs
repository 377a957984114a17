using System.Text.Json.Serialization;

namespace Guidebot.Features.Walkthroughs;

/// <summary>Source-generated JSON for the walk-throughs' button data and saved positions.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StartWalkthroughAction))]
[JsonSerializable(typeof(WalkthroughPosition))]
[JsonSerializable(typeof(PagePromptState))]
internal sealed partial class WalkthroughJson : JsonSerializerContext;
