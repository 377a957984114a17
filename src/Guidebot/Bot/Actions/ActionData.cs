using System.Text.Json.Nodes;

namespace Guidebot.Bot.Actions;

/// <summary>The data objects card buttons send; each pairs with a typed record the handler reads.</summary>
internal static class ActionData
{
    public static JsonObject Command(string verb) => new() { ["verb"] = verb };

    public static JsonObject OpenArea(string areaId, int page = 0) => new() { ["verb"] = Verbs.Area, ["area"] = areaId, ["page"] = page };

    public static JsonObject OpenItem(string itemId) => new() { ["verb"] = Verbs.Item, ["item"] = itemId };

    public static JsonObject Search() => new() { ["verb"] = Verbs.Search };
}
