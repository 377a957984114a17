using System.Text.Json;

namespace Guidebot.Bot.Actions;

/// <summary>The values of a card's toggles as a click sends them, merged into the button's data by their ids: "true" when ticked.</summary>
internal static class ToggleValues
{
    public static bool IsTicked(IReadOnlyDictionary<string, JsonElement>? inputs, string id) =>
        inputs?.TryGetValue(id, out var value) == true && value.ValueKind == JsonValueKind.String && value.GetString() == "true";
}
