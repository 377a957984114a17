using System.Text.Json;
using Guidebot.BotFramework.Cards;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Search;
using Guidebot.Knowledge.Tools;
using Guidebot.Bot;

namespace Guidebot.Features.Teams;

/// <summary>
/// The compose-box search (Teams message extension): search the guide from any chat and insert a card.
/// An empty query (or the first run) lists the main areas and the checklists; a query finds the checklists it
/// names first, then items. Results are paged with skip/count.
/// </summary>
internal sealed class MessageExtension(Guide guide, GuideSearch search, Toolbox tools)
{
    public const string QueryInvoke = "composeExtension/query";
    public const string SelectItemInvoke = "composeExtension/selectItem";
    public const string CommandId = "searchGuide";
    public const int DefaultCount = 10;
    public const int MaxCount = 25;

    // Far beyond the guide's size; keeps skip + count from overflowing.
    private const int MaxSkip = 10_000;
    private const string ThumbnailContentType = "application/vnd.microsoft.card.thumbnail";

    public Task OnInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.InvokeResponse = turnContext.Activity.Name switch
        {
            QueryInvoke => Query(turnContext.Activity.Value),
            SelectItemInvoke => SelectItem(turnContext.Activity.Value),
            _ => null,
        };
        return Task.CompletedTask;
    }

    private InvokeResponse Query(JsonElement? value)
    {
        if (Read(value, AppJson.Default.MessageExtensionQuery) is not { } query)
        {
            return BadRequest("The query payload is missing or malformed.");
        }

        if (query.CommandId is not null && query.CommandId != CommandId)
        {
            return BadRequest($"Unknown command '{query.CommandId}'.");
        }

        var skip = Math.Clamp(query.QueryOptions?.Skip ?? 0, 0, MaxSkip);
        var count = Math.Clamp(query.QueryOptions?.Count ?? DefaultCount, 1, MaxCount);
        var text = QueryText(query);
        var results = string.IsNullOrWhiteSpace(text)
            ? guide.Areas.Select(AreaResult).Concat(ChecklistResults.All(tools).Select(ListResult))
            : Search(text, skip + count);
        return Ok([.. results.Skip(skip).Take(count)]);
    }

    private InvokeResponse SelectItem(JsonElement? value)
    {
        var selected = Read(value, AppJson.Default.SelectedResult);
        if (selected?.ItemId is { } itemId && guide.FindItem(itemId) is { } item)
        {
            return Ok([ItemResult(item)]);
        }

        if (selected?.AreaId is { } areaId && guide.FindArea(areaId) is { } area)
        {
            return Ok([AreaResult(area)]);
        }

        if (selected?.ListId is { } listId && tools.FindTickList(listId) is { } list)
        {
            return Ok([ListResult(list)]);
        }

        return BadRequest("The selected result is unknown.");
    }

    // Results are built lazily: only the page asked for becomes cards.
    private IEnumerable<MessageExtensionAttachment> Search(string text, int count) =>
        ChecklistResults.Matching(tools, text).Select(ListResult)
            .Concat(search.Search(text, count).Hits.Select(hit => ItemResult(hit.Item, hit.Snippet)));

    private MessageExtensionAttachment ItemResult(Item item) => ItemResult(item, guide.FindArea(item.AreaId)!.Title);

    private MessageExtensionAttachment ItemResult(Item item, string previewText) =>
        Result(ShareCards.Item(guide, item), item.Title, previewText, new SelectedResult(ItemId: item.Id));

    private static MessageExtensionAttachment AreaResult(Area area) =>
        Result(ShareCards.Area(area), area.Title, $"{area.Summary} ({MessageExtensionTexts.AreaPreview(area.Items.Count)})", new SelectedResult(AreaId: area.Id));

    private static MessageExtensionAttachment ListResult(TickList list) =>
        Result(ShareCards.Checklist(list), list.Title, MessageExtensionTexts.ChecklistPreview(list.Count), new SelectedResult(ListId: list.Id));

    private static MessageExtensionAttachment Result(AdaptiveCard card, string title, string text, SelectedResult selection) =>
        new(AdaptiveCard.ContentType, card, new ResultPreview(ThumbnailContentType, new ThumbnailPreview(title, text, new PreviewTap("invoke", selection))));

    private static string? QueryText(MessageExtensionQuery query)
    {
        var parameter = query.Parameters?.FirstOrDefault(p => p.Name == "query");
        return parameter?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
    }

    private static T? Read<T>(JsonElement? value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        try
        {
            return element.Deserialize(typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static InvokeResponse Ok(IReadOnlyList<MessageExtensionAttachment> attachments) =>
        new(200, JsonSerializer.SerializeToElement(new MessageExtensionResponse(new MessageExtensionResult("result", "list", attachments)), AppJson.Default.MessageExtensionResponse));

    private static InvokeResponse BadRequest(string message) =>
        new(400, JsonSerializer.SerializeToElement(new InvokeError(new InvokeErrorDetail("BadRequest", message)), AppJson.Default.InvokeError));
}
