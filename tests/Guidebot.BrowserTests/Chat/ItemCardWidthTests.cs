using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Guidebot.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Guidebot.BrowserTests.Chat;

/// <summary>
/// Every item's card, as the bot sends it, drawn at 360 px (the narrowest phone, a Teams side panel) with its
/// folded part opened: nothing is wider than the card, so nobody has to scroll sideways mid-conversation.
/// The cards are fetched from the bot's own endpoint and shown on one page in one reply, to keep the test quick.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ItemCardWidthTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task ItemCards_AllOfThemAt360Pixels_NeedNoHorizontalScrolling()
    {
        var replies = await ItemCardRepliesAsync();
        await using var chat = await browser.NewChatAsync(PhoneWidth);
        await chat.OpenAsync();
        await chat.Page.RouteAsync("**/devchat/activities", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = new JsonObject { ["activities"] = replies }.ToJsonString() }));
        await chat.SendAsync("alle kort");
        await chat.Page.UnrouteAllAsync();
        var cards = chat.Replies.Locator(".ac-adaptiveCard");
        await Expect(cards).ToHaveCountAsync(browser.Guide.Items.Count() + 1); // and the welcome card

        var tooWide = await chat.Page.EvaluateAsync<string[]>("""
            () => {
              for (const button of document.querySelectorAll('.ac-pushButton')) {
                if (button.textContent.trim() === 'Vis resten') button.click();
              }
              const tooWide = [...document.querySelectorAll('.ac-adaptiveCard')]
                .filter(card => card.scrollWidth > card.clientWidth)
                .map(card => card.querySelector('[role=heading]')?.textContent ?? card.textContent.slice(0, 60));
              const page = document.documentElement;
              return page.scrollWidth > page.clientWidth ? [...tooWide, `the page: ${page.scrollWidth} > ${page.clientWidth}`] : tooWide;
            }
            """);

        await chat.ScreenshotAsync("item-cards-360.png", cards.Nth(1));
        Assert.Empty(tooWide);
    }

    /// <summary>The bot's reply to opening each item, from its own endpoint (each in its own conversation, so no rate limit applies).</summary>
    private async Task<JsonArray> ItemCardRepliesAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var replies = new JsonArray();
        foreach (var item in browser.Guide.Items)
        {
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["id"] = "1",
                ["channelId"] = "emulator",
                ["serviceUrl"] = "http://127.0.0.1:9/",
                ["from"] = new JsonObject { ["id"] = "width-test" },
                ["recipient"] = new JsonObject { ["id"] = "guidebot" },
                ["conversation"] = new JsonObject { ["id"] = $"width-{item.Id}" },
                ["value"] = new JsonObject { ["verb"] = "item", ["item"] = item.Id },
                ["deliveryMode"] = "expectReplies",
            };
            using var response = await http.PostAsJsonAsync("/api/messages", activity);
            response.EnsureSuccessStatusCode();
            var reply = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray().Single()!;
            replies.Add(reply.DeepClone());
        }

        return replies;
    }
}
