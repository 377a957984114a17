using System.Text.Json;
using System.Text.RegularExpressions;
using Guidebot.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Guidebot.BrowserTests.Chat;

/// <summary>The chat page against the real bot: the same adapter, state and dialogs as Teams.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ChatPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Open_FirstVisit_RendersTheWelcomeCardWithTheRenderer()
    {
        await using var chat = await browser.NewChatAsync();

        await chat.OpenAsync();

        await Expect(chat.LastReply.GetByRole(AriaRole.Group)).ToHaveAttributeAsync("aria-label", new Regex("^Guidebot\\. Din lommeguide"));
        var card = chat.LastReply.Locator(".ac-adaptiveCard");
        await Expect(card.GetByRole(AriaRole.Heading, new() { Name = "Guidebot" })).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Textbox, new() { Name = "Søg i guiden" })).ToBeVisibleAsync();
        await Expect(ChatPage.Button(card, "Det praksisfaglige råderum")).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("Skriv aldrig navne, CPR-numre eller helbredsoplysninger");
        await chat.ScreenshotAsync("welcome-card.png");
        Assert.Empty(chat.ConsoleErrors);
    }

    [Fact]
    public async Task Walk_RaaderumFromTheAreaCard_Guideline1To10WithNaeste()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();

        await chat.ClickAsync("Det praksisfaglige råderum");
        await chat.ClickAsync("Gennemgå de 10 guidelines");
        await Expect(chat.LastReply).ToContainTextAsync("Råderummet · indledning");
        await chat.ClickAsync("Start");
        for (var number = 1; number <= 10; number++)
        {
            await Expect(chat.LastReply).ToContainTextAsync($"Råderummet · guideline {number}/10");
            if (number < 10)
            {
                await chat.ClickAsync("Næste");
            }
        }

        await Expect(chat.LastReply.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Giv borgeren ansvar og lav forpligtende aftaler");
        await Expect(chat.LastReply).ToContainTextAsync("Kilde: Guidelines for god beskæftigelsesfaglighed");
    }

    [Fact]
    public async Task Question_TypedInTheBox_AnswersWithTheMotivationCard()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();

        await chat.SendAsync("borgeren gør modstand");

        await Expect(chat.LastReply).ToContainTextAsync("Bedste svar på: borgeren gør modstand");
        await Expect(chat.LastReply).ToContainTextAsync("Motivation og forventningsafstemning");
        await Expect(chat.LastReply).ToContainTextAsync("Kilde:");
        await Expect(ChatPage.Button(chat.LastReply, "Åbn i guiden")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Cpr_TypedInTheBox_GetsTheReminderInsteadOfAnAnswer()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();

        await chat.SendAsync("borgeren 010203-1234 gør modstand");

        await Expect(chat.LastReply).ToContainTextAsync("din besked ser ud til at indeholde et CPR-nummer");
        await Expect(chat.LastReply).Not.ToContainTextAsync("1234");
        await Expect(chat.LastReply.Locator(".ac-adaptiveCard")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Search_TypedIntoTheCardsInput_SendsTheButtonDataMergedWithTheInput()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();

        await chat.LastReply.GetByRole(AriaRole.Textbox, new() { Name = "Søg i guiden" }).FillAsync("borgeren gør modstand");
        var request = await chat.TurnAsync(() => ChatPage.Button(chat.LastReply, "Søg").ClickAsync());

        var body = request.PostDataJSON()!.Value;
        Assert.Equal(JsonValueKind.Object, body.GetProperty("value").ValueKind);
        Assert.Equal("search", body.GetProperty("value").GetProperty("verb").GetString());
        Assert.Equal("borgeren gør modstand", body.GetProperty("value").GetProperty("query").GetString());
        Assert.False(body.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Send_TypedText_IsShownAsTheUsersMessageAndAnswered()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();

        await chat.SendAsync("hjælp");

        await Expect(chat.Page.Locator("#messages > .from-user")).ToHaveTextAsync("Du: hjælp");
        await Expect(chat.LastReply.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Sådan bruger du Guidebot");
        await Expect(chat.MessageBox).ToBeEmptyAsync();
    }

    [Fact]
    public async Task Reload_SameTab_ContinuesTheSameConversation()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        await chat.ClickAsync("Det praksisfaglige råderum");
        await chat.ClickAsync("Sæt den rigtige dagsorden fra start");

        await chat.ReloadAsync();
        await chat.SendAsync("tilbage");

        // One level up from the item is its area: the dialog state of this tab's conversation was kept.
        await Expect(chat.LastReply).ToContainTextAsync("Emner");
    }

    [Fact]
    public async Task NewConversation_Button_StartsOverWithTheWelcome()
    {
        await using var chat = await browser.NewChatAsync();
        await chat.OpenAsync();
        await chat.ClickAsync("Det praksisfaglige råderum");

        await chat.Page.RunAndWaitForResponseAsync(
            () => chat.Page.GetByRole(AriaRole.Button, new() { Name = "Ny samtale" }).ClickAsync(),
            response => response.Url.EndsWith("/devchat/conversations", StringComparison.Ordinal));
        await Expect(chat.Typing).ToBeHiddenAsync();

        await Expect(chat.Replies).ToHaveCountAsync(1);
        await Expect(chat.LastReply.GetByRole(AriaRole.Heading, new() { Name = "Guidebot" })).ToBeVisibleAsync();
    }
}
