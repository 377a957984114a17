using Guidebot.BotFramework.Turns;
using Microsoft.Extensions.Options;

namespace Guidebot.Hosting;

/// <summary>
/// The Teams tab (a personal tab and a meeting side panel): its page and the shared renderer are served from
/// wwwroot in every environment (<see cref="ChatPageFiles"/>), and its two endpoints run turns through
/// <see cref="ChatTurns"/> for the user signed in with Teams tab SSO (<see cref="TeamsTabAuthenticator"/>).
/// </summary>
internal static class TeamsTabEndpoints
{
    public const string ConversationsPath = "/tab/conversations";
    public const string ActivitiesPath = "/tab/activities";
    public const string ChannelId = "teamstab";

    /// <summary>Carries the conversation token; <c>Authorization</c> carries the Entra ID access token.</summary>
    public const string ConversationHeader = "Guidebot-Conversation";

    public static WebApplication MapTeamsTab(this WebApplication app)
    {
        app.UseChatPageFiles(app.Services.GetRequiredService<IOptions<DevChatOptions>>().Value.Enabled);
        app.MapPost(ConversationsPath, StartAsync).RequireRateLimiting(RateLimitServiceCollectionExtensions.MessagesPolicy);
        app.MapPost(ActivitiesPath, SendAsync).RequireRateLimiting(RateLimitServiceCollectionExtensions.MessagesPolicy);
        return app;
    }

    // A new conversation for each time the tab opens: the bot greets with the menu.
    private static async Task StartAsync(HttpContext context, CloudAdapter adapter, TeamsTabAuthenticator authenticator, ChatTokens tokens, TimeProvider time)
    {
        if (await SignInAsync(context, authenticator) is not { } userId)
        {
            return;
        }

        var session = new ChatSession(ChannelId, userId, ChatTokens.NewId("tab-conversation"));
        var result = await ChatTurns.StartAsync(adapter, session, time, context.RequestAborted);
        await ChatTurns.WriteStartAsync(context, result, tokens.ConversationToken(session));
    }

    // A message in the signed-in user's own conversation: only text and value come from the page.
    private static async Task SendAsync(HttpContext context, CloudAdapter adapter, TeamsTabAuthenticator authenticator, ChatTokens tokens, TimeProvider time)
    {
        if (await SignInAsync(context, authenticator) is not { } userId)
        {
            return;
        }

        var session = tokens.SessionFrom(context.Request.Headers[ConversationHeader].ToString(), ChannelId);
        if (session is null || session.UserId != userId)
        {
            await Results.Problem($"The {ConversationHeader} header is missing or not a conversation of this user: start one with POST {ConversationsPath}.", statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
            return;
        }

        if (await ChatTurns.ReadMessageAsync(context) is not { } message)
        {
            return;
        }

        await ChatTurns.WriteRepliesAsync(context, await ChatTurns.SendAsync(adapter, session, message, time, context.RequestAborted));
    }

    // The user id, or null once the refusal (401, 503) is written.
    private static async Task<string?> SignInAsync(HttpContext context, TeamsTabAuthenticator authenticator)
    {
        var signIn = await authenticator.SignInAsync(ChatTurns.BearerToken(context.Request), context.RequestAborted);
        if (signIn.UserId is null)
        {
            await Results.Problem($"Teams sign-in refused: {signIn.Reason}.", statusCode: signIn.Status).ExecuteAsync(context);
        }

        return signIn.UserId;
    }
}
