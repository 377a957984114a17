using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guidebot.Features.StepUp;

/// <summary>A click that names a step-up barrier type (open the checklist, or clear its ticks).</summary>
internal sealed record StepUpBarrierAction([property: JsonPropertyName("barrier")] string Barrier);

/// <summary>The checklist's Gem button: the barrier type plus every toggle's value, keyed by toggle id.</summary>
internal sealed record StepUpSaveAction
{
    [JsonPropertyName("barrier")]
    public required string Barrier { get; init; }

    /// <summary>Everything else the click sent (the verb and the toggles' values).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Inputs { get; set; } = [];

    /// <summary>Whether the toggle <paramref name="id"/> was submitted ticked.</summary>
    public bool IsTicked(string id) =>
        Inputs.TryGetValue(id, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == "true";
}
