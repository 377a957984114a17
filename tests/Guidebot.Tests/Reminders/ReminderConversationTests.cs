using System.Text.Json;
using Guidebot.Features.Reminders;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Reminders;

/// <summary>Asking for, confirming, listing and deleting reminders through /api/messages, on Monday 10 March 2025.</summary>
public sealed class ReminderConversationTests(ReminderFactory factory) : IClassFixture<ReminderFactory>
{
    [Theory]
    [InlineData("mind mig om opfølgning om 3 måneder", "flere-skal-med-trin-3-tjekliste", "tirsdag den 10. juni 2025 kl. 8.00")]
    [InlineData("mind mig om opfølgning efter job om 6 uger", "flere-skal-med-trin-3-afslutning", "mandag den 21. april 2025 kl. 8.00")]
    [InlineData("påmind mig om 2 uger", null, "mandag den 24. marts 2025 kl. 8.00")]
    [InlineData("Mind mig om at ringe til Jens Hansen om 14 dage", null, "mandag den 24. marts 2025 kl. 8.00")]
    public async Task Request_DanishPhrasing_ConfirmationCardShowsTopicAndDate(string typed, string? item, string when)
    {
        var chat = new ReminderChat(factory.CreateClient());

        var card = await chat.SayAsync(typed);

        var topic = item is null ? ReminderTexts.PlainTopic : factory.Services.GetRequiredService<Guide>().FindItem(item)!.Title;
        Assert.Contains($"{ReminderTexts.TopicLabel}\n{topic}\n", card.AllText(), StringComparison.Ordinal);
        Assert.Contains($"{ReminderTexts.WhenLabel}\n{when}", card.AllText(), StringComparison.Ordinal);
        Assert.Equal([ReminderTexts.CreateButton, ReminderTexts.CancelButton, "Menu"], card.SubmitButtons().Select(b => b.Title));
        Assert.DoesNotContain("Jens", card.AllText(), StringComparison.Ordinal);
        Assert.Empty(await ListAsync(chat));
    }

    [Fact]
    public async Task Create_Confirmed_IsListedUntilDeleted()
    {
        var chat = new ReminderChat(factory.CreateClient());

        var saved = await chat.ClickAsync(await chat.SayAsync("mind mig om opfølgning om 3 måneder"), ReminderTexts.CreateButton);
        var list = await chat.ClickAsync(saved, ReminderTexts.ListButton);
        var afterDelete = await chat.ClickAsync(list, ReminderTexts.DeleteButton);

        Assert.Contains(ReminderTexts.CreatedTitle, saved.AllText(), StringComparison.Ordinal);
        Assert.Contains("tirsdag den 10. juni 2025 kl. 8.00", list.AllText(), StringComparison.Ordinal);
        Assert.Single(list.SubmitButtons(), b => b.Title == ReminderTexts.DeleteButton);
        Assert.Contains(ReminderTexts.Deleted, afterDelete.AllText(), StringComparison.Ordinal);
        Assert.Contains(ReminderTexts.ListEmpty, afterDelete.AllText(), StringComparison.Ordinal);
        Assert.Empty(await ListAsync(chat));
    }

    [Fact]
    public async Task Create_ClickedTwice_KeepsOneReminder()
    {
        var chat = new ReminderChat(factory.CreateClient());
        var confirm = await chat.SayAsync("påmind mig om 2 uger");

        var first = await chat.ClickAsync(confirm, ReminderTexts.CreateButton);
        var second = await chat.ClickAsync(confirm, ReminderTexts.CreateButton);

        Assert.Equal(first.AllText(), second.AllText());
        Assert.Single(await ListAsync(chat));
    }

    [Fact]
    public async Task List_SeveralReminders_SoonestFirstEachWithDelete()
    {
        var chat = new ReminderChat(factory.CreateClient());
        foreach (var typed in new[] { "mind mig om opfølgning om 3 måneder", "påmind mig om 2 uger" })
        {
            await chat.ClickAsync(await chat.SayAsync(typed), ReminderTexts.CreateButton);
        }

        var list = await chat.SayAsync("mine påmindelser");

        var text = list.AllText();
        Assert.True(text.IndexOf("24. marts", StringComparison.Ordinal) < text.IndexOf("10. juni", StringComparison.Ordinal), text);
        Assert.Equal(2, list.SubmitButtons().Count(b => b.Title == ReminderTexts.DeleteButton));
    }

    [Fact]
    public async Task Cancel_OnConfirmation_StoresNothing()
    {
        var chat = new ReminderChat(factory.CreateClient());

        var reply = await chat.ClickAsync(await chat.SayAsync("mind mig om opfølgning om 3 måneder"), ReminderTexts.CancelButton);

        Assert.Equal(ReminderTexts.Cancelled, reply.Text);
        Assert.Empty(await ListAsync(chat));
    }

    [Theory]
    [InlineData("mind mig om opfølgning", ReminderTexts.NoDelay)]
    [InlineData("mind mig om opfølgning om 13 måneder", "højst minde dig om noget 12 måneder frem")]
    public async Task Request_WithoutAUsableDelay_SaysWhatToWrite(string typed, string expected)
    {
        var chat = new ReminderChat(factory.CreateClient());

        var reply = await chat.SayAsync(typed);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(await ListAsync(chat));
    }

    [Fact]
    public async Task Create_CraftedDate_IsRefused()
    {
        var chat = new ReminderChat(factory.CreateClient());

        var reply = await chat.ClickAsync(JsonSerializer.SerializeToElement(new { verb = CreateReminderAction.Verb, item = (string?)null, date = "2025-03-15" }));

        Assert.Equal(ReminderTexts.DatePassed, reply.Text);
        Assert.Empty(await ListAsync(chat));
    }

    [Fact]
    public async Task List_InAGroupChat_PointsToThePersonalChat()
    {
        var chat = new ReminderChat(factory.CreateClient(), conversationType: "groupChat");

        var reply = await chat.ClickAsync(JsonSerializer.SerializeToElement(new { verb = ReminderCommands.List }));

        Assert.Equal(ReminderTexts.PersonalChatOnly, reply.Text);
    }

    [Fact]
    public async Task Create_OverTheLimit_IsRefusedInDanish()
    {
        await using var limited = new ReminderFactory();
        limited.With("Reminders:MaxPerUser", "2");
        var chat = new ReminderChat(limited.CreateClient());
        foreach (var weeks in new[] { 1, 2 })
        {
            await chat.ClickAsync(await chat.SayAsync($"påmind mig om {weeks} uger"), ReminderTexts.CreateButton);
        }

        var refused = await chat.ClickAsync(await chat.SayAsync("påmind mig om 3 uger"), ReminderTexts.CreateButton);

        Assert.Equal(ReminderTexts.Full(2), refused.Text);
        Assert.Equal(2, (await ListAsync(chat, limited)).Count);
    }

    private Task<IReadOnlyList<Reminder>> ListAsync(ReminderChat chat, ReminderFactory? host = null) =>
        (host ?? factory).Services.GetRequiredService<ReminderStore>().ListAsync(ReminderStore.BookKey("msteams", chat.UserId), CancellationToken.None);
}
