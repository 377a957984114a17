using System.Text.Json;
using System.Text.Json.Serialization;
using Guidebot.Bot.Actions;

namespace Guidebot.Features.Checklists;

/// <summary>A click that shows a checklist tool's lists to choose from.</summary>
internal sealed record ShowChecklistsAction(string Tool) : ICardAction
{
    public static string Verb => "checklists";
}

/// <summary>A click that opens one list with its ticks.</summary>
internal sealed record OpenChecklistAction(string List) : ICardAction
{
    public static string Verb => "checklist-open";
}

/// <summary>A click that clears one list's ticks.</summary>
internal sealed record ResetChecklistAction(string List) : ICardAction
{
    public static string Verb => "checklist-reset";
}

/// <summary>The list's Gem button: the list plus every toggle's value, keyed by toggle id (merged in by the channel).</summary>
internal sealed record SaveChecklistAction : ICardAction
{
    public static string Verb => "checklist-save";

    public required string List { get; init; }

    /// <summary>Everything else the click sent: the toggles' values.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Inputs { get; set; }

    /// <summary>Whether the toggle <paramref name="id"/> was submitted ticked.</summary>
    public bool IsTicked(string id) => ToggleValues.IsTicked(Inputs, id);
}
