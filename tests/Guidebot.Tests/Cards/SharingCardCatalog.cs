using Guidebot.Features.MyQuestions;
using Guidebot.Features.Teams;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Cards;

namespace Guidebot.Tests.Cards;

/// <summary>The sharing and question-list cards whose look depends on saved state the walk does not create: shared checklists, pre-ticked questions, full lists.</summary>
public static class SharingCardCatalog
{
    public static IEnumerable<NamedCard> All(Guide guide, Toolbox tools)
    {
        foreach (var list in tools.Checklists.SelectMany(tool => tool.Lists))
        {
            yield return NamedCard.From($"share checklist {list.Id}", ShareCards.Checklist(list));
        }

        foreach (var item in guide.Items.Where(item => ItemQuestions.Of(item).Count > 0))
        {
            var questions = ItemQuestions.Of(item);
            yield return NamedCard.From($"questions pick {item.Id}, half on the list", MyQuestionsCards.Pick(item, questions, questions.Where((_, i) => i % 2 == 0).ToHashSet()));
        }

        yield return NamedCard.From("questions list, empty", MyQuestionsCards.List([], MyQuestionsTexts.Cleared));

        // The biggest list there can be: the longest questions of the guide, up to the cap.
        var longest = guide.Items
            .SelectMany(item => ItemQuestions.Of(item).Select(question => new SavedQuestion(item.Id, question)))
            .OrderByDescending(question => question.Text.Length)
            .Take(SavedQuestions.Max);
        var full = new SavedQuestions([.. longest]).ByItem(guide).ToList();
        yield return NamedCard.From("questions list, full with the longest", MyQuestionsCards.List(full, MyQuestionsTexts.LeftOut(3)));
    }
}
