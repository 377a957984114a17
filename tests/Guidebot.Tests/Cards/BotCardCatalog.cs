using Guidebot.Features.Browse;
using Guidebot.Features.Search;
using Guidebot.Features.Checklists;
using Guidebot.Features.Teams;
using Guidebot.Features.Walkthroughs;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Search;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Cards;

namespace Guidebot.Tests.Cards;

/// <summary>
/// Every card the bot can send that a click-through cannot reach (those are validated by GuideWalkTests):
/// cards answering typed text, and the cards the compose-box search inserts into other chats.
/// </summary>
public static class BotCardCatalog
{
    private static readonly string[] SampleQuestions = ["borgeren gør modstand", "karl tom", "virksomheden har for travlt", "pizza opskrift"];

    public static IEnumerable<NamedCard> All(Guide guide, Toolbox tools, GuideSearch search)
    {
        yield return NamedCard.From("welcome", MenuCards.Welcome(guide));
        yield return NamedCard.From("help", MenuCards.Help(tools));
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
        foreach (var walk in tools.Walkthroughs)
        {
            yield return NamedCard.From($"walkthrough {walk.Id}, answer not understood", WalkthroughCards.Page(guide, walk, walk.FirstPage, WalkthroughTexts.NotUnderstood));
        }

        foreach (var tool in tools.Checklists)
        {
            foreach (var list in tool.Lists)
            {
                // The walk saves with no toggles ticked; these are the cards after ticking every other point.
                var ticked = list.Points.Where((_, i) => i % 2 == 0).Select(point => point.Id).ToHashSet();
                yield return NamedCard.From($"checklist summary {list.Id}", ChecklistCards.Summary(tool, list, ticked));
                yield return NamedCard.From($"checklist {list.Id}, pre-ticked", ChecklistCards.List(tool, list, ticked));
            }
        }
        foreach (var card in OnboardingCardCatalog.All(guide)) { yield return card; }
        foreach (var card in ReminderCardCatalog.All(guide)) { yield return card; }
        foreach (var card in SharingCardCatalog.All(guide, tools)) { yield return card; }
        foreach (var card in FeedbackCardCatalog.All(guide)) { yield return card; }
    }
}
