using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Guidebot.Bot;

namespace Guidebot.Hosting;

/// <summary>
/// The local chat page: <c>/</c> serves it from wwwroot, and its two endpoints run turns through the same
/// <see cref="CloudAdapter"/> as <c>/api/messages</c>, with replies in the response (expectReplies). Mapped
/// only when DevChat:Enabled is true.
/// </summary>
internal static class DevChatEndpoints
{
    public const string ConversationsPath = "/devchat/conversations";
    public const string ActivitiesPath = "/devchat/activities";
    public const string ChannelId = "webchat";
    public const string BotId = "guidebot";

    // Replies come back in the response; nothing is ever posted to this address (.invalid never resolves).
    private const string ServiceUrl = "https://devchat.invalid/";

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication MapDevChat(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DevChatOptions>>().Value.Enabled)
        {
            return app;
        }

        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = AddSecurityHeaders });
        app.MapPost(ConversationsPath, StartAsync);
        app.MapPost(ActivitiesPath, SendAsync);
        return app;
    }

    // Starts a conversation for the user the page remembers (or a new one): the bot greets as in Teams.
    private static async Task StartAsync(HttpContext context, CloudAdapter adapter, DevChatTokens tokens, TimeProvider time)
    {
        var cancellationToken = context.RequestAborted;
        var read = await DevChatRequestReader.ReadAsync(context.Request, AppJson.Default.DevChatStart, cancellationToken);
        if (read.Body is not { } start)
        {
            await Results.Problem(read.Error, statusCode: read.Status).ExecuteAsync(context);
            return;
        }

        var session = tokens.StartConversation(start.UserToken);
        var update = NewActivity(session, ActivityTypes.ConversationUpdate, time);
        update.MembersAdded = [new ChannelAccount { Id = session.UserId }];
        var result = await adapter.ProcessActivityAsync(update, cancellationToken);

        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("userToken", tokens.UserToken(session));
        writer.WriteString("conversationToken", tokens.ConversationToken(session));
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

    // A message in the caller's own conversation: only text and value come from the page.
    private static async Task SendAsync(HttpContext context, CloudAdapter adapter, DevChatTokens tokens, TimeProvider time)
    {
        var cancellationToken = context.RequestAborted;
        if (tokens.SessionFrom(BearerToken(context.Request)) is not { } session)
        {
            await Results.Problem("The conversation token is missing or not valid: start a conversation with POST /devchat/conversations.", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
            return;
        }

        var read = await DevChatRequestReader.ReadAsync(context.Request, AppJson.Default.DevChatMessage, cancellationToken);
        var problem = read.Body is { } body ? DevChatRequestReader.Problem(body) : read.Error;
        if (problem is not null)
        {
            await Results.Problem(problem, statusCode: read.Body is null ? read.Status : StatusCodes.Status400BadRequest).ExecuteAsync(context);
            return;
        }

        var message = NewActivity(session, ActivityTypes.Message, time);
        message.Text = read.Body!.Text;
        message.Value = read.Body.Value;
        var result = await adapter.ProcessActivityAsync(message, cancellationToken);

        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new ExpectedReplies(Replies(result)), BotFrameworkJson.Default.ExpectedReplies, cancellationToken);
    }

    private static Activity NewActivity(DevChatSession session, string type, TimeProvider time) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = time.GetUtcNow(),
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = session.UserId },
        Recipient = new ChannelAccount { Id = BotId, Name = "Guidebot" },
        Conversation = new ConversationAccount { Id = session.ConversationId },
        Locale = "da-DK",
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    private static IReadOnlyList<Activity> Replies(TurnResult result) => result.Body is ExpectedReplies replies ? replies.Activities : [];

    private static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;

    private static void AddSecurityHeaders(StaticFileResponseContext file)
    {
        var headers = file.Context.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers[HeaderNames.CacheControl] = "no-cache";
    }
}
