using System.Text.Json.Serialization;

namespace Guidebot.Features.Employers;

/// <summary>Source-generated JSON for the employer lookup's button data.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EmployerViewAction))]
[JsonSerializable(typeof(EmployerFactorAction))]
[JsonSerializable(typeof(EmployerSituationAction))]
internal sealed partial class EmployerJson : JsonSerializerContext;
