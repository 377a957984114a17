using Guidebot.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Guidebot.BrowserTests.Chat;

/// <summary>
/// How the page renders and runs card features the bot may send: the reply to a typed message is
/// replaced in the browser by a test card, so every action type and markdown case is covered whatever
/// the bot's cards use today.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CardActionTests(BrowserFixture browser)
{
    private const string ActionsCard = """
        {"activities":[{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
          "type":"AdaptiveCard","version":"1.5",
          "body":[
            {"type":"TextBlock","text":"Testkort","style":"heading","wrap":true},
            {"type":"Container","id":"folded","isVisible":false,"items":[{"type":"TextBlock","text":"Den foldede tekst","wrap":true}]},
            {"type":"ActionSet","actions":[{"type":"Action.ToggleVisibility","title":"Vis resten","targetElements":["folded"]}]}
          ],
          "actions":[
            {"type":"Action.ShowCard","title":"Vis detaljer","card":{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Detaljerne","wrap":true}]}},
            {"type":"Action.OpenUrl","title":"Åbn siden","url":"__URL__"}
          ]}}]}]}
        """;

    private const string MarkdownCard = """
        {"activities":[{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
          "type":"AdaptiveCard","version":"1.5",
          "body":[{"type":"TextBlock","wrap":true,
            "text":"Det er **vigtigt** og *nyt*. <img src=x onerror=\"window.hacked=1\"> [klik](javascript:window.hacked=2) [kilden](https://example.invalid/guide)"}]
          }}]}]}
        """;

    [Fact]
    public async Task ToggleVisibilityAndShowCard_Clicked_WorkInPlaceWithoutAskingTheBot()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        await ReplyWithAsync(chat, ActionsCard.Replace("__URL__", browser.BaseUrl + "/?opened", StringComparison.Ordinal));
        var requests = 0;
        chat.Page.Request += (_, request) => requests += request.Url.Contains("/devchat/", StringComparison.Ordinal) ? 1 : 0;

        await Expect(chat.LastReply.GetByText("Den foldede tekst")).ToBeHiddenAsync();
        await ChatPage.Button(chat.LastReply, "Vis resten").ClickAsync();
        await Expect(chat.LastReply.GetByText("Den foldede tekst")).ToBeVisibleAsync();

        await ChatPage.Button(chat.LastReply, "Vis detaljer").ClickAsync();
        await Expect(chat.LastReply.GetByText("Detaljerne")).ToBeVisibleAsync();
        await ChatPage.Button(chat.LastReply, "Vis detaljer").ClickAsync();
        await Expect(chat.LastReply.GetByText("Detaljerne")).ToBeHiddenAsync();

        Assert.Equal(0, requests);
    }

    [Fact]
    public async Task OpenUrl_Clicked_OpensTheAddressInANewTab()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        var url = browser.BaseUrl + "/?opened";
        await ReplyWithAsync(chat, ActionsCard.Replace("__URL__", url, StringComparison.Ordinal));

        var tab = await chat.Context.RunAndWaitForPageAsync(() => chat.LastReply.GetByRole(AriaRole.Link, new() { Name = "Åbn siden" }).ClickAsync());

        await tab.WaitForURLAsync(url);
        Assert.NotSame(chat.Page, tab);
        Assert.Equal(chat.Page.Url, browser.BaseUrl + "/");
    }

    [Fact]
    public async Task Markdown_InATextBlock_IsRenderedAndSanitized()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();

        await ReplyWithAsync(chat, MarkdownCard);

        var text = chat.LastReply.Locator(".ac-textBlock");
        await Expect(text.Locator("strong")).ToHaveTextAsync("vigtigt");
        await Expect(text.Locator("em")).ToHaveTextAsync("nyt");
        await Expect(text.Locator("img")).ToHaveCountAsync(0);
        await Expect(text).ToContainTextAsync("<img src=x");
        await Expect(text.Locator("a")).ToHaveCountAsync(1);
        await Expect(text.GetByRole(AriaRole.Link, new() { Name = "kilden" })).ToHaveAttributeAsync("rel", "noopener noreferrer");
        Assert.Null(await chat.Page.EvaluateAsync<int?>("() => window.hacked"));
    }

    // Sends a message and lets the browser answer it with the given body instead of the bot.
    private static async Task ReplyWithAsync(ChatPage chat, string body)
    {
        await chat.Page.RouteAsync("**/devchat/activities", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = body }));
        await chat.SendAsync("testkort");
        await chat.Page.UnrouteAllAsync();
    }
}
