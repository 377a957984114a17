using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// The walk-throughs' buttons and typed commands. Every button of a walk-through begins it at the page it
/// names (<c>{"verb":"walk","walk":id,"page":key}</c>), so a click on an old card shows what it says.
/// </summary>
internal static class WalkthroughActions
{
    public const string Verb = "walk";

    /// <summary>Typed words that start the walk-through of the ten råderum guidelines.</summary>
    public static readonly IReadOnlyList<string> RaaderumWords = ["råderum", "raaderum", "råderummet"];

    /// <summary>Typed words that start the Karl Tomm question picker.</summary>
    public static readonly IReadOnlyList<string> KarlTommWords = ["karl tomm", "karltomm"];

    public static JsonObject Start(string walk, string? page = null) =>
        page is null
            ? new() { ["verb"] = Verb, ["walk"] = walk }
            : new() { ["verb"] = Verb, ["walk"] = walk, ["page"] = page };
}

/// <summary>A click on a walk-through button: which walk-through, and at which page (its first when absent).</summary>
internal sealed record StartWalkthroughAction(
    [property: JsonPropertyName("walk")] string Walk,
    [property: JsonPropertyName("page")] string? Page = null);
