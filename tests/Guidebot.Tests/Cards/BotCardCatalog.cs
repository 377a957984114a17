using Guidebot.Features.Browse;
using Guidebot.Features.Search;
using Guidebot.Features.StepUp;
using Guidebot.Features.Teams;
using Guidebot.Features.Walkthroughs;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Search;
using Guidebot.Testing.Cards;

namespace Guidebot.Tests.Cards;

/// <summary>
/// Every card the bot can send that a click-through cannot reach (those are validated by GuideWalkTests):
/// cards answering typed text, and the cards the compose-box search inserts into other chats.
/// </summary>
public static class BotCardCatalog
{
    private static readonly string[] SampleQuestions = ["borgeren gør modstand", "karl tom", "virksomheden har for travlt", "pizza opskrift"];

    public static IEnumerable<NamedCard> All(Guide guide, GuideSearch search)
    {
        yield return NamedCard.From("welcome", MenuCards.Welcome(guide));
        yield return NamedCard.From("help", MenuCards.Help());
        yield return NamedCard.From("search-empty", SearchCards.EmptyQuery(guide));
        foreach (var question in SampleQuestions)
        {
            var result = search.Search(question, 3);
            yield return NamedCard.From(
                $"search '{question}'",
                result.Kind == SearchResultKind.Match ? SearchCards.Answer(guide, question, result) : SearchCards.NoMatch(guide, question, result.Suggestions));
        }

        foreach (var area in guide.Areas)
        {
            yield return NamedCard.From($"share area {area.Id}", ShareCards.Area(area));
        }

        foreach (var item in guide.Items)
        {
            yield return NamedCard.From($"share item {item.Id}", ShareCards.Item(guide, item));
        }
        yield return NamedCard.From("walkthrough page, answer not understood", WalkthroughCards.Page(RaaderumWalkthrough.WalkId, new RaaderumWalkthrough(guide).Page("1")!, WalkthroughTexts.NotUnderstood));

        foreach (var checklist in new StepUpChecklists(guide).All)
        {
            // The walk saves with no toggles ticked; these are the cards after ticking every other point.
            var ticked = checklist.Points.Where((_, i) => i % 2 == 0).Select(point => point.Id).ToHashSet();
            yield return NamedCard.From($"step-up summary {checklist.Barrier}", StepUpCards.Summary(checklist, ticked));
            yield return NamedCard.From($"step-up checklist {checklist.Barrier}, pre-ticked", StepUpCards.Checklist(checklist, ticked));
        }
        foreach (var card in OnboardingCardCatalog.All(guide)) { yield return card; }
    }
}
