using Guidebot.Knowledge.Tools;
using Guidebot.Texts;

namespace Guidebot.Features.Walkthroughs;

/// <summary>The ways on from a page, shown as its buttons and understood when typed: its choices, or Forrige and Næste.</summary>
internal static class WalkthroughWays
{
    public static IReadOnlyList<PageChoice> Of(WalkthroughPage page) =>
    [
        .. page.Choices,
        .. page.Previous is { } previous ? [new PageChoice(BotTexts.PreviousButton, previous, [])] : Array.Empty<PageChoice>(),
        .. page.Next is { } next ? [new PageChoice(BotTexts.NextButton, next, WalkthroughTexts.NextWords)] : Array.Empty<PageChoice>(),
    ];
}
