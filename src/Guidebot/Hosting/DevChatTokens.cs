using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Guidebot.Hosting;

/// <summary>
/// Issues the chat page's ids and binds them to the browser: the user id and the conversation id are
/// chosen here and handed out only inside tokens protected with ASP.NET Core Data Protection, so a
/// caller can reach only the conversation it was given.
/// </summary>
internal sealed class DevChatTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _users = provider.CreateProtector("Guidebot.DevChat", "User", "v1");
    private readonly IDataProtector _conversations = provider.CreateProtector("Guidebot.DevChat", "Conversation", "v1");

    /// <summary>A new conversation for the user of the token the page kept, or for a new user when it has none or the token is not ours.</summary>
    public DevChatSession StartConversation(string? userToken) => new(Unprotect(_users, userToken) ?? NewId("user"), NewId("conversation"));

    public string UserToken(DevChatSession session) => _users.Protect(session.UserId);

    public string ConversationToken(DevChatSession session) => _conversations.Protect($"{session.UserId} {session.ConversationId}");

    /// <summary>The user and conversation a conversation token was issued for, or null for a missing, altered or foreign token.</summary>
    public DevChatSession? SessionFrom(string? conversationToken) =>
        Unprotect(_conversations, conversationToken)?.Split(' ') is [var userId, var conversationId] ? new(userId, conversationId) : null;

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

    private static string NewId(string kind) => $"devchat-{kind}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
}

/// <summary>Whose chat it is: the ids the server issued.</summary>
internal sealed record DevChatSession(string UserId, string ConversationId);
