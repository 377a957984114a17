using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Guidebot.Hosting;

/// <summary>
/// Issues the chat pages' ids and binds them to the browser: the conversation id is chosen here and handed
/// out only inside a token protected with ASP.NET Core Data Protection, together with the channel and the
/// user it belongs to, so a caller can reach only the conversation it was given, on the page it was given on.
/// The local chat page's user id travels the same way; the Teams tab's comes from its sign-in instead.
/// </summary>
internal sealed class ChatTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _users = provider.CreateProtector("Guidebot.DevChat", "User", "v1");
    private readonly IDataProtector _conversations = provider.CreateProtector("Guidebot.Chat", "Conversation", "v2");

    /// <summary>A new random id, e.g. <c>devchat-conversation-…</c> for the prefix <c>devchat-conversation</c>.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";

    /// <summary>The user of a user token the local chat page kept, or a new user when it has none or the token is not ours.</summary>
    public string UserFrom(string? userToken) => Unprotect(_users, userToken) ?? NewId("devchat-user");

    public string UserToken(string userId) => _users.Protect(userId);

    public string ConversationToken(ChatSession session) =>
        _conversations.Protect($"{session.ChannelId} {session.UserId} {session.ConversationId}");

    /// <summary>The session a conversation token was issued for on this channel, or null for a missing, altered or foreign token.</summary>
    public ChatSession? SessionFrom(string? conversationToken, string channelId) =>
        Unprotect(_conversations, conversationToken)?.Split(' ') is [var channel, var userId, var conversationId] && channel == channelId
            ? new(channel, userId, conversationId)
            : null;

    private static string? Unprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>Whose chat it is: the channel, the user and the conversation the server issued.</summary>
internal sealed record ChatSession(string ChannelId, string UserId, string ConversationId);
