using Guidebot.Bot;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;
using Guidebot.Cards;
using Guidebot.Features.Feedback;
using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Browse;

/// <summary>Shows the menu, an area or an item, and remembers where the user is so "tilbage" goes one level up.</summary>
internal sealed class GuideNavigator(Guide guide, AreaTools tools, ConversationState conversationState, UsageLog usage)
{
    private readonly IStatePropertyAccessor<Place> _place = conversationState.CreateProperty("Place", AppJson.Default.Place);

    public async Task ShowMenuAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _place.SetAsync(turnContext, Place.Menu, cancellationToken);
        await turnContext.SendActivityAsync(MenuCards.Welcome(guide).ToAttachment(), cancellationToken);
    }

    public async Task ShowAreaAsync(ITurnContext turnContext, Area area, int page, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 0, AreaCards.PageCount(area) - 1);
        await _place.SetAsync(turnContext, new Place(PlaceKind.Area, area.Id, Page: page), cancellationToken);
        await turnContext.SendActivityAsync(AreaCards.Area(area, page, tools.For(area.Id)).ToAttachment(), cancellationToken);
    }

    public async Task ShowItemAsync(ITurnContext turnContext, Item item, CancellationToken cancellationToken)
    {
        await _place.SetAsync(turnContext, new Place(PlaceKind.Item, item.AreaId, item.Id), cancellationToken);
        usage.RecordView(item.Id);
        await turnContext.SendActivityAsync(ItemCards.Item(guide, item).ToAttachment(), cancellationToken);
    }

    /// <summary>Remembers an item as where the user is, when a card other than the item card showed it (e.g. a search answer).</summary>
    public Task RememberItemAsync(ITurnContext turnContext, Item item, CancellationToken cancellationToken) =>
        _place.SetAsync(turnContext, new Place(PlaceKind.Item, item.AreaId, item.Id), cancellationToken);

    /// <summary>Shows where the user is again (e.g. after leaving a walk-through).</summary>
    public async Task ShowCurrentAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var place = await _place.GetAsync(turnContext, () => Place.Menu, cancellationToken);
        await (place switch
        {
            { Kind: PlaceKind.Item, ItemId: { } id } when guide.FindItem(id) is { } item => ShowItemAsync(turnContext, item, cancellationToken),
            { AreaId: { } id } when guide.FindArea(id) is { } area => ShowAreaAsync(turnContext, area, place.Page, cancellationToken),
            _ => ShowMenuAsync(turnContext, cancellationToken),
        });
    }

    /// <summary>One level up: item → its area (at the item's page), area → menu.</summary>
    public async Task BackAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var place = await _place.GetAsync(turnContext, () => Place.Menu, cancellationToken);
        if (place is { Kind: PlaceKind.Item, AreaId: { } areaId, ItemId: { } itemId } && guide.FindArea(areaId) is { } area && guide.FindItem(itemId) is { } item)
        {
            await ShowAreaAsync(turnContext, area, area.IndexOf(item) / AreaCards.ItemsPerPage, cancellationToken);
        }
        else
        {
            await ShowMenuAsync(turnContext, cancellationToken);
        }
    }
}
