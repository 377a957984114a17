using System.Text.Json.Serialization;
using Guidebot.Features.Assessment;

namespace Guidebot.Features.Onboarding;

/// <summary>Source-generated JSON for the onboarding and self-assessment button data and user state.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(OnboardingModuleAction))]
[JsonSerializable(typeof(OnboardingCardAction))]
[JsonSerializable(typeof(OnboardingAnswerAction))]
[JsonSerializable(typeof(OnboardingProgress))]
[JsonSerializable(typeof(SelfAssessmentFieldAction))]
[JsonSerializable(typeof(SelfAssessmentRateAction))]
[JsonSerializable(typeof(SelfAssessmentRatings))]
internal sealed partial class OnboardingJson : JsonSerializerContext;
