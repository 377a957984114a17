using System.Text.Json;
using System.Text.Json.Serialization;
using Guidebot.BotFramework.Cards;

namespace Guidebot.Features.Teams;

/// <summary>The value of a <c>composeExtension/query</c> invoke.</summary>
internal sealed record MessageExtensionQuery(
    [property: JsonPropertyName("commandId")] string? CommandId,
    [property: JsonPropertyName("parameters")] IReadOnlyList<MessageExtensionParameter>? Parameters,
    [property: JsonPropertyName("queryOptions")] MessageExtensionQueryOptions? QueryOptions);

/// <summary>One parameter: the typed query, or <c>initialRun</c> when the extension opens.</summary>
internal sealed record MessageExtensionParameter(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("value")] JsonElement? Value);

/// <summary>Paging of the results.</summary>
internal sealed record MessageExtensionQueryOptions(
    [property: JsonPropertyName("skip")] int? Skip,
    [property: JsonPropertyName("count")] int? Count);

/// <summary>What a result's tap sends back as <c>composeExtension/selectItem</c>: the item, area or checklist it stands for.</summary>
internal sealed record SelectedResult(
    [property: JsonPropertyName("itemId")] string? ItemId = null,
    [property: JsonPropertyName("areaId")] string? AreaId = null,
    [property: JsonPropertyName("listId")] string? ListId = null);

/// <summary>The invoke response body Teams expects: a list of results.</summary>
internal sealed record MessageExtensionResponse([property: JsonPropertyName("composeExtension")] MessageExtensionResult ComposeExtension);

internal sealed record MessageExtensionResult(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("attachmentLayout")] string AttachmentLayout,
    [property: JsonPropertyName("attachments")] IReadOnlyList<MessageExtensionAttachment> Attachments);

/// <summary>One result: the card to insert, and its preview in the result list.</summary>
internal sealed record MessageExtensionAttachment(
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("content")] AdaptiveCard Content,
    [property: JsonPropertyName("preview")] ResultPreview? Preview);

internal sealed record ResultPreview(
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("content")] ThumbnailPreview Content);

internal sealed record ThumbnailPreview(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("tap")] PreviewTap Tap);

internal sealed record PreviewTap(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] SelectedResult Value);

/// <summary>An invoke error body.</summary>
internal sealed record InvokeError([property: JsonPropertyName("error")] InvokeErrorDetail Error);

internal sealed record InvokeErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
