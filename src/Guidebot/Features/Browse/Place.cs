using System.Text.Json.Serialization;

namespace Guidebot.Features.Browse;

/// <summary>Where the user is in the guide, so "tilbage" knows what one level up is.</summary>
internal sealed record Place(
    [property: JsonPropertyName("kind")] PlaceKind Kind,
    [property: JsonPropertyName("area")] string? AreaId = null,
    [property: JsonPropertyName("item")] string? ItemId = null,
    [property: JsonPropertyName("page")] int Page = 0)
{
    public static Place Menu { get; } = new(PlaceKind.Menu);
}

/// <summary>The levels of the guide: the menu, an area's list of items, one item.</summary>
internal enum PlaceKind
{
    Menu,
    Area,
    Item,
}
