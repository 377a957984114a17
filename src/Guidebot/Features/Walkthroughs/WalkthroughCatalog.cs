using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Walkthroughs;

/// <summary>Every walk-through of the guide, built once from the content (a missing item stops the bot at startup).</summary>
internal sealed class WalkthroughCatalog(Guide guide)
{
    public IReadOnlyList<WalkthroughScript> Scripts { get; } =
    [
        new RaaderumWalkthrough(guide),
        new KarlTommWalkthrough(guide),
        new ExpectationsWalkthrough(guide),
        new EmployerExpectationsWalkthrough(guide),
        new MotivationWalkthrough(guide),
    ];

    public WalkthroughScript? Find(string walk) => Scripts.FirstOrDefault(script => script.Id == walk);
}
