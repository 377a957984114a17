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
        foreach (var checklist in new Guidebot.Dialogs.StepUp.StepUpChecklists(guide).All)
        {
            // The walk saves with no toggles ticked; these are the cards after ticking every other point.
            var ticked = checklist.Points.Where((_, i) => i % 2 == 0).Select(point => point.Id).ToHashSet();
            yield return NamedCard.From($"step-up summary {checklist.Barrier}", StepUpCards.Summary(checklist, ticked));
            yield return NamedCard.From($"step-up checklist {checklist.Barrier}, pre-ticked", StepUpCards.Checklist(checklist, ticked));
        }
    }
}
