using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Cards;

namespace Guidebot.Tests.Cards;

/// <summary>Every card the bot can send, built from the real content; each new card layout adds its cards here.</summary>
public static class BotCardCatalog
{
    public static IEnumerable<NamedCard> All(Guide guide)
    {
        yield return NamedCard.From("welcome", MenuCards.Welcome(guide));
    }
}
