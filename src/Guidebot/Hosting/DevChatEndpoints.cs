using Guidebot.Bot;
using Guidebot.BotFramework.Turns;
using Microsoft.Extensions.Options;

namespace Guidebot.Hosting;

/// <summary>
/// The local chat page: <c>/</c> serves it, and its two endpoints run turns through <see cref="ChatTurns"/>.
/// Mapped only when DevChat:Enabled is true; the page's files are served by <see cref="ChatPageFiles"/>.
/// </summary>
internal static class DevChatEndpoints
{
    public const string ConversationsPath = "/devchat/conversations";
    public const string ActivitiesPath = "/devchat/activities";
    public const string ChannelId = "webchat";

    /// <summary>The page's own files in wwwroot, which exist only while DevChat is on.</summary>
    public static IReadOnlySet<string> PageFiles { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "index.html", "devchat.js" };

    public static WebApplication MapDevChat(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DevChatOptions>>().Value.Enabled)
        {
            return app;
        }

        app.UseDefaultFiles();
        app.MapPost(ConversationsPath, StartAsync);
        app.MapPost(ActivitiesPath, SendAsync);
        return app;
    }

    // Starts a conversation for the user the page remembers (or a new one): the bot greets as in Teams.
    private static async Task StartAsync(HttpContext context, CloudAdapter adapter, ChatTokens tokens, TimeProvider time)
    {
        var read = await DevChatRequestReader.ReadAsync(context.Request, AppJson.Default.DevChatStart, context.RequestAborted);
        if (read.Body is not { } start)
        {
            await Results.Problem(read.Error, statusCode: read.Status).ExecuteAsync(context);
            return;
        }

        var session = new ChatSession(ChannelId, tokens.UserFrom(start.UserToken), ChatTokens.NewId("devchat-conversation"));
        var result = await ChatTurns.StartAsync(adapter, session, time, context.RequestAborted);
        await ChatTurns.WriteStartAsync(context, result, tokens.ConversationToken(session), tokens.UserToken(session.UserId));
    }

    // A message in the caller's own conversation: only text and value come from the page.
    private static async Task SendAsync(HttpContext context, CloudAdapter adapter, ChatTokens tokens, TimeProvider time)
    {
        if (tokens.SessionFrom(ChatTurns.BearerToken(context.Request), ChannelId) is not { } session)
        {
            await Results.Problem("The conversation token is missing or not valid: start a conversation with POST /devchat/conversations.", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
            return;
        }

        if (await ChatTurns.ReadMessageAsync(context) is not { } message)
        {
            return;
        }

        await ChatTurns.WriteRepliesAsync(context, await ChatTurns.SendAsync(adapter, session, message, time, context.RequestAborted));
    }
}
