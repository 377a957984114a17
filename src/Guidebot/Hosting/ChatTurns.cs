using System.Text.Json;
using Guidebot.Bot;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;

namespace Guidebot.Hosting;

/// <summary>
/// Runs the chat pages' turns (the local chat page and the Teams tab) through the same <see cref="CloudAdapter"/>
/// as <c>/api/messages</c>, with the replies in the response (expectReplies). The server builds the whole activity
/// (type, channel, sender, recipient, conversation); only the typed text and the clicked button's data come from the page.
/// </summary>
internal static class ChatTurns
{
    public const string BotId = "guidebot";

    // Replies come back in the response; nothing is ever posted to this address (.invalid never resolves).
    private const string ServiceUrl = "https://devchat.invalid/";
    private const int UnavailableRetryAfterSeconds = 5;

    /// <summary>The bot's greeting in a new conversation: the user joins, as in Teams.</summary>
    public static Task<TurnResult> StartAsync(CloudAdapter adapter, ChatSession session, TimeProvider time, CancellationToken cancellationToken)
    {
        var update = NewActivity(session, ActivityTypes.ConversationUpdate, time);
        update.MembersAdded = [new ChannelAccount { Id = session.UserId }];
        return adapter.ProcessActivityAsync(update, cancellationToken);
    }

    /// <summary>A message in the session's conversation: what the user typed and/or the data of the clicked button.</summary>
    public static Task<TurnResult> SendAsync(CloudAdapter adapter, ChatSession session, DevChatMessage body, TimeProvider time, CancellationToken cancellationToken)
    {
        var message = NewActivity(session, ActivityTypes.Message, time);
        message.Text = body.Text;
        message.Value = body.Value;
        return adapter.ProcessActivityAsync(message, cancellationToken);
    }

    /// <summary>The message in the request body, or null when the body is refused (the 400 or 413 is then written).</summary>
    public static async Task<DevChatMessage?> ReadMessageAsync(HttpContext context)
    {
        var read = await DevChatRequestReader.ReadAsync(context.Request, AppJson.Default.DevChatMessage, context.RequestAborted);
        var problem = read.Body is { } body ? DevChatRequestReader.Problem(body) : read.Error;
        if (problem is null)
        {
            return read.Body;
        }

        await Results.Problem(problem, statusCode: read.Body is null ? read.Status : StatusCodes.Status400BadRequest).ExecuteAsync(context);
        return null;
    }

    /// <summary>Answers a new conversation: <c>{"userToken"?, "conversationToken", "activities": […]}</c>.</summary>
    public static async Task WriteStartAsync(HttpContext context, TurnResult result, string conversationToken, string? userToken = null)
    {
        if (await RefusedAsync(context, result))
        {
            return;
        }

        var cancellationToken = context.RequestAborted;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        if (userToken is not null)
        {
            writer.WriteString("userToken", userToken);
        }

        writer.WriteString("conversationToken", conversationToken);
        writer.WriteStartArray("activities");
        foreach (var reply in Replies(result))
        {
            JsonSerializer.Serialize(writer, reply, BotFrameworkJson.Default.Activity);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        await context.Response.BodyWriter.FlushAsync(cancellationToken);
    }

    /// <summary>Answers a message: <c>{"activities": […]}</c>.</summary>
    public static async Task WriteRepliesAsync(HttpContext context, TurnResult result)
    {
        if (await RefusedAsync(context, result))
        {
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new ExpectedReplies(Replies(result)), BotFrameworkJson.Default.ExpectedReplies, context.RequestAborted);
    }

    /// <summary>The bearer token of the <c>Authorization</c> header, or null.</summary>
    public static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;

    // Storage that is down: nothing ran to completion, so the page may send the same again later.
    private static async Task<bool> RefusedAsync(HttpContext context, TurnResult result)
    {
        if (result.Status != StatusCodes.Status503ServiceUnavailable || result.Body is not null)
        {
            return false;
        }

        context.Response.Headers.RetryAfter = UnavailableRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Results.Problem("The bot's storage is unavailable; retry later.", statusCode: result.Status).ExecuteAsync(context);
        return true;
    }

    private static Activity NewActivity(ChatSession session, string type, TimeProvider time) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = time.GetUtcNow(),
        ChannelId = session.ChannelId,
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = session.UserId },
        Recipient = new ChannelAccount { Id = BotId, Name = "Guidebot" },
        Conversation = new ConversationAccount { Id = session.ConversationId },
        Locale = "da-DK",
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    private static IReadOnlyList<Activity> Replies(TurnResult result) => result.Body is ExpectedReplies replies ? replies.Activities : [];
}
