using System.Text.Json.Nodes;

namespace Guidebot.Bot.Actions;

/// <summary>The data objects card buttons send; each pairs with a typed record the handler reads.</summary>
internal static class ActionData
{
    public static JsonObject Command(string verb) => new() { ["verb"] = verb };

    public static JsonObject OpenArea(string areaId, int page = 0) => new() { ["verb"] = Verbs.Area, ["area"] = areaId, ["page"] = page };

    public static JsonObject OpenItem(string itemId) => new() { ["verb"] = Verbs.Item, ["item"] = itemId };

    /// <summary>The search box's button (the query comes from its input), or a suggestion that searches for <paramref name="query"/>.</summary>
    public static JsonObject Search(string? query = null) =>
        query is null ? new() { ["verb"] = Verbs.Search } : new() { ["verb"] = Verbs.Search, ["query"] = query };
}
