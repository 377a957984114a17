using System.Text.Json.Serialization;

namespace Guidebot.Features.StepUp;

/// <summary>Source-generated JSON for the step-up checklist's button data and its conversation state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StepUpBarrierAction))]
[JsonSerializable(typeof(StepUpSaveAction))]
[JsonSerializable(typeof(StepUpProgress))]
internal sealed partial class StepUpJson : JsonSerializerContext;
