using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Cards;

namespace Guidebot.Tests.Cards;

/// <summary>Every card the bot can send, built from the real content; each new card layout adds its cards here.</summary>
public static class BotCardCatalog
{
    public static IEnumerable<NamedCard> All(Guide guide)
    {
        // Cards reached by clicking are validated by the walk (GuideWalkTests); these are reached otherwise.
        yield return NamedCard.From("welcome", MenuCards.Welcome(guide));
        yield return NamedCard.From("help", MenuCards.Help());
        foreach (var card in OnboardingCardCatalog.All(guide)) { yield return card; }
    }
}
