using Guidebot.BotFramework.Cards;

namespace Guidebot.Features.Walkthroughs;

/// <summary>The buttons that start the walk-throughs from their areas' cards.</summary>
internal static class WalkthroughTools
{
    public static IReadOnlyList<SubmitAction> Raaderum() =>
        [WalkthroughCards.Start(WalkthroughTexts.RaaderumTool, RaaderumWalkthrough.WalkId)];

    public static IReadOnlyList<SubmitAction> Spoergeteknik() =>
        [WalkthroughCards.Start(WalkthroughTexts.KarlTommTool, KarlTommWalkthrough.WalkId)];

    public static IReadOnlyList<SubmitAction> Motivation() =>
    [
        WalkthroughCards.Start(WalkthroughTexts.ExpectationsTool, ExpectationsWalkthrough.WalkId),
        WalkthroughCards.Start(WalkthroughTexts.EmployerExpectationsTool, EmployerExpectationsWalkthrough.WalkId),
        WalkthroughCards.Start(WalkthroughTexts.MotivationTool, MotivationWalkthrough.WalkId),
    ];
}
