namespace Guidebot.BotFramework.Schema;

/// <summary>The activity types this bot handles or sends.</summary>
public static class ActivityTypes
{
    /// <summary>A message from a user or the bot.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left, or the conversation changed.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The bot was installed or uninstalled.</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>A request that expects an answer in the HTTP response.</summary>
    public const string Invoke = "invoke";

    /// <summary>The bot is working on a reply.</summary>
    public const string Typing = "typing";

    /// <summary>The answer to an invoke, carried inside expectReplies bodies.</summary>
    public const string InvokeResponse = "invokeResponse";
}

/// <summary>Values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    /// <summary>Replies are posted to the service URL.</summary>
    public const string Normal = "normal";

    /// <summary>Replies are returned in the HTTP response body.</summary>
    public const string ExpectReplies = "expectReplies";
}
