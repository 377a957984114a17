using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.Features.Feedback;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Feedback;

/// <summary>What a user does with feedback through /api/messages: open an item, tap 👍 or 👎, send a comment.</summary>
public static class FeedbackClicks
{
    public static async Task<Activity> OpenItemAsync(this HttpClient client, string itemId, string user) =>
        Assert.Single(await client.ExchangeAsync(Click(JsonDocument.Parse($$"""{"verb":"item","item":"{{itemId}}"}""").RootElement, user)));

    /// <summary>Taps 👍 (helpful) or 👎 on a card that shows the feedback row, and returns the bot's one reply.</summary>
    public static async Task<Activity> VoteAsync(this HttpClient client, Activity card, bool helpful, string user)
    {
        var button = Assert.Single(card.SubmitButtons(), b => b.Title == (helpful ? FeedbackTexts.Helpful : FeedbackTexts.NotHelpful));
        return Assert.Single(await client.ExchangeAsync(Click(button.ClickValue(), user)));
    }

    /// <summary>Types <paramref name="comment"/> into the comment box of the reply to a 👎 and sends it.</summary>
    public static async Task<Activity> CommentAsync(this HttpClient client, Activity whatWasMissing, string comment, string user)
    {
        var send = Assert.Single(whatWasMissing.SubmitButtons(), b => b.Title == FeedbackTexts.SendButton);
        return Assert.Single(await client.ExchangeAsync(Click(send.ClickValue(new Dictionary<string, string> { [FeedbackCards.CommentInputId] = comment }), user)));
    }

    /// <summary>What the comment box on a reply holds when it arrives (its <c>value</c>), or null when it is empty.</summary>
    public static string? CommentDraft(this Activity reply) => InputValue(reply.Card()!.Value, FeedbackCards.CommentInputId);

    public static Activity Click(JsonElement value, string user)
    {
        var click = Activities.Message(null, $"conversation-of-{user}", user);
        click.Value = value;
        return click;
    }

    private static string? InputValue(JsonElement element, string id) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("id", out var found) && found.GetString() == id =>
            element.TryGetProperty("value", out var value) ? value.GetString() : null,
        JsonValueKind.Object => element.EnumerateObject().Select(property => InputValue(property.Value, id)).FirstOrDefault(value => value is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(child => InputValue(child, id)).FirstOrDefault(value => value is not null),
        _ => null,
    };
}
