using System.Text.Json.Serialization;

namespace Guidebot.Features.Walkthroughs;

/// <summary>A walk-through's saved values: the page it is at (its first page when not set).</summary>
internal sealed class WalkthroughPosition
{
    [JsonPropertyName("page")]
    public string? Page { get; set; }
}
