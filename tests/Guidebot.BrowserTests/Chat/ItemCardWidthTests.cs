using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Guidebot.BrowserTests.Support;
using Guidebot.Knowledge.Content;
using static Microsoft.Playwright.Assertions;

namespace Guidebot.BrowserTests.Chat;

/// <summary>
/// Every item's card, as the bot sends it, drawn at 360 px (the narrowest phone, a Teams side panel) with its
/// folded parts opened ("Vis resten", "Mere"): nothing is wider than the card, so nobody has to scroll sideways
/// mid-conversation. The same for the cards of sharing and of the list for the next conversation.
/// The cards are fetched from the bot's own endpoint and shown on one page in one reply, to keep the test quick.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ItemCardWidthTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task ItemCards_AllOfThemAt360Pixels_NeedNoHorizontalScrolling()
    {
        var replies = new JsonArray();
        foreach (var item in browser.Guide.Items)
        {
            replies.Add(await ReplyAsync($"width-{item.Id}", new JsonObject { ["verb"] = "item", ["item"] = item.Id }));
        }

        Assert.Empty(await TooWideAsync(replies, "item-cards-360.png"));
    }

    [Fact]
    public async Task SharingCards_ChecklistsToShareQuestionsToPickAndAFullListAt360Pixels_NeedNoHorizontalScrolling()
    {
        var replies = new JsonArray();
        foreach (var list in browser.Tools.Checklists.SelectMany(tool => tool.Lists))
        {
            replies.Add(await ReplyAsync($"width-share-{list.Id}", new JsonObject { ["verb"] = "checklist-share", ["list"] = list.Id }));
        }

        var withQuestions = browser.Guide.Items.Where(item => item.Body.OfType<QuestionList>().Any()).ToList();
        JsonNode? fullList = null;
        foreach (var item in withQuestions)
        {
            replies.Add(await ReplyAsync($"width-pick-{item.Id}", new JsonObject { ["verb"] = "questions-pick", ["item"] = item.Id }));
            var save = new JsonObject { ["verb"] = "questions-save", ["item"] = item.Id };
            foreach (var index in Enumerable.Range(0, 10))
            {
                save[$"q{index}"] = "true";
            }

            fullList = await ReplyAsync("width-list", save);
        }

        replies.Add(fullList);
        Assert.Empty(await TooWideAsync(replies, "sharing-cards-360.png"));
    }

    // The replies drawn on one page at 360 px, every fold opened; the headings (or first words) of the cards wider than that.
    private async Task<string[]> TooWideAsync(JsonArray replies, string screenshot)
    {
        await using var chat = await browser.NewChatAsync(PhoneWidth);
        await chat.OpenAsync();
        await chat.Page.RouteAsync("**/devchat/activities", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = new JsonObject { ["activities"] = replies }.ToJsonString() }));
        await chat.SendAsync("alle kort");
        await chat.Page.UnrouteAllAsync();
        var cards = chat.Replies.Locator(".ac-adaptiveCard");
        await Expect(cards).ToHaveCountAsync(replies.Count + 1); // and the welcome card

        var tooWide = await chat.Page.EvaluateAsync<string[]>("""
            () => {
              for (const button of document.querySelectorAll('.ac-pushButton')) {
                if (['Vis resten', 'Mere'].includes(button.textContent.trim())) button.click();
              }
              const tooWide = [...document.querySelectorAll('.ac-adaptiveCard')]
                .filter(card => card.scrollWidth > card.clientWidth)
                .map(card => card.querySelector('[role=heading]')?.textContent ?? card.textContent.slice(0, 60));
              const page = document.documentElement;
              return page.scrollWidth > page.clientWidth ? [...tooWide, `the page: ${page.scrollWidth} > ${page.clientWidth}`] : tooWide;
            }
            """);

        await chat.ScreenshotAsync(screenshot, cards.Nth(1));
        return tooWide;
    }

    /// <summary>The bot's one reply to a click, from its own endpoint (mostly each in its own conversation, so no rate limit applies).</summary>
    private async Task<JsonNode> ReplyAsync(string conversation, JsonObject click)
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"), // the list's saves share a conversation: no id may look like a re-delivery
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = "width-test" },
            ["recipient"] = new JsonObject { ["id"] = "guidebot" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["value"] = click,
            ["deliveryMode"] = "expectReplies",
        };
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray().Single()!.DeepClone();
    }
}
