using System.Text.Json.Serialization;

namespace Guidebot.Features.Browse;

/// <summary>A click on an area button or an area's page button.</summary>
internal sealed record OpenAreaAction([property: JsonPropertyName("area")] string Area, [property: JsonPropertyName("page")] int Page = 0);

/// <summary>A click on an item button.</summary>
internal sealed record OpenItemAction([property: JsonPropertyName("item")] string Item);

/// <summary>The search box's button; the typed query arrives as the input's value.</summary>
internal sealed record SearchAction([property: JsonPropertyName("query")] string? Query);
