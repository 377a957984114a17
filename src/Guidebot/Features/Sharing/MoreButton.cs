using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Features.MyQuestions;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Features.Sharing;

/// <summary>
/// "Mere": copy, share and (for items with questions) "Tilføj til næste samtale", folded behind one button, so a
/// card's row keeps its navigation and stays within five buttons. The card model has no overflow (<c>mode</c>),
/// so this is an Action.ShowCard.
/// </summary>
internal static class MoreButton
{
    public static ShowCardAction ForItem(Item item) => Create(
        [
            .. ItemQuestions.Of(item).Count > 0 ? new[] { Button(MyQuestionsTexts.AddButton, new PickQuestionsAction(item.Id)) } : [],
            Button(SharingTexts.CopyButton, new CopyItemAction(item.Id)),
            Button(SharingTexts.ShareButton, new ShareItemAction(item.Id)),
        ]);

    public static ShowCardAction ForChecklist(TickList list) => Create(
        [
            Button(SharingTexts.CopyButton, new CopyChecklistAction(list.Id)),
            Button(SharingTexts.ShareButton, new ShareChecklistAction(list.Id)),
        ]);

    private static ShowCardAction Create(IReadOnlyList<AdaptiveAction> actions) => new()
    {
        Title = SharingTexts.MoreButton,
        Card = new AdaptiveCard { Actions = actions },
    };

    // A checklist card's toggles stay behind: a copy or a share carries the guide's text, never a person's ticks.
    private static SubmitAction Button<T>(string title, T action)
        where T : class, ICardAction =>
        new() { Title = title, Data = CardAction.Data(action), AssociatedInputs = AssociatedInputs.None };
}
