using System.Text.Json.Serialization;

namespace Guidebot.Features.Employers;

/// <summary>A click that opens one of the lookup's fixed cards (factors, situations, preparation).</summary>
internal sealed record EmployerViewAction;

/// <summary>A click on a motivation factor (its item id).</summary>
internal sealed record EmployerFactorAction([property: JsonPropertyName("item")] string Item);

/// <summary>A click on something an employer says (the situation's id).</summary>
internal sealed record EmployerSituationAction([property: JsonPropertyName("situation")] string Situation);
