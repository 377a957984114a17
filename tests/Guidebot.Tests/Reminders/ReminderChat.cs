using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Reminders;

/// <summary>One consultant's personal chat with the bot over /api/messages, as Teams would carry it: typed text and button clicks.</summary>
public sealed class ReminderChat(HttpClient client, string serviceUrl = "http://127.0.0.1:1/", string conversationType = "personal")
{
    public string ConversationId { get; } = "conversation-" + Guid.NewGuid().ToString("N");

    public string UserId { get; } = "29:user-" + Guid.NewGuid().ToString("N");

    public async Task<Activity> SayAsync(string text) => await ExchangeAsync(Activities.Message(text, ConversationId, UserId, serviceUrl));

    /// <summary>Clicks the button titled <paramref name="title"/> on <paramref name="card"/> (the first, when several have it).</summary>
    public async Task<Activity> ClickAsync(Activity card, string title)
    {
        var button = card.SubmitButtons().FirstOrDefault(b => b.Title == title)
            ?? throw new InvalidOperationException($"No button '{title}' on the card: {string.Join(" | ", card.SubmitButtons().Select(b => b.Title))}");
        return await ClickAsync(button.ClickValue());
    }

    /// <summary>Sends a click's value as it arrives from a card, e.g. <c>{"verb":"påmindelser"}</c>.</summary>
    public async Task<Activity> ClickAsync(JsonElement value)
    {
        var click = Activities.Message(null, ConversationId, UserId, serviceUrl);
        click.Value = value;
        return await ExchangeAsync(click);
    }

    private async Task<Activity> ExchangeAsync(Activity activity)
    {
        activity.Conversation!.ConversationType = conversationType;
        return Assert.Single(await client.ExchangeAsync(activity));
    }
}
