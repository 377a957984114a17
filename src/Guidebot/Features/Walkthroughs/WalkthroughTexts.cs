namespace Guidebot.Features.Walkthroughs;

/// <summary>What every walk-through says in the bot's own words; each walk-through's own wording is in cards/tools/.</summary>
internal static class WalkthroughTexts
{
    public const string NotUnderstood = "Det forstod jeg ikke. Klik på en af knapperne, eller skriv fx ”næste” eller ”forrige”.";

    /// <summary>Other words for Næste when typed.</summary>
    public static readonly IReadOnlyList<string> NextWords = ["videre", "frem"];

    public static string ToAreaButton(string area) => $"Til {area}";
}
