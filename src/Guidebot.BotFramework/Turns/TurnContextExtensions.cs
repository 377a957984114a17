using Guidebot.BotFramework.Schema;

namespace Guidebot.BotFramework.Turns;

/// <summary>Shorthands for common replies.</summary>
public static class TurnContextExtensions
{
    /// <summary>Sends a plain text message.</summary>
    public static Task SendActivityAsync(this ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(turnContext.Activity.CreateReply(text), cancellationToken);
    }

    /// <summary>Sends a message carrying one attachment, e.g. an Adaptive Card.</summary>
    public static Task SendActivityAsync(this ITurnContext turnContext, Attachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var reply = turnContext.Activity.CreateReply();
        reply.Attachments = [attachment];
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
