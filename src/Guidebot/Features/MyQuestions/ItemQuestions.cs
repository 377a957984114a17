using Guidebot.Knowledge.Content;
using QuestionBlock = Guidebot.Knowledge.Content.QuestionList;

namespace Guidebot.Features.MyQuestions;

/// <summary>The questions an item offers for the list: every entry of its question blocks, as plain text, once each.</summary>
internal static class ItemQuestions
{
    public static IReadOnlyList<string> Of(Item item) =>
        [.. item.Body.OfType<QuestionBlock>().SelectMany(BlockText.Segments).Distinct(StringComparer.Ordinal)];
}
