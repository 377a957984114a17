using Guidebot.Features.Reminders;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Reminders;

/// <summary>
/// The scheduler sends a reminder to the user's conversation through the connector at 08:00 Danish time on its date, on the
/// host's clock (a fake one here, moved on by the test) — not a minute before, once, and again a week later when postponed.
/// </summary>
public sealed class ReminderSchedulerTests
{
    private static readonly DateTimeOffset TwoWeeksOn = new(2025, 3, 24, 7, 0, 0, TimeSpan.Zero); // Monday 24 March, 08:00 winter time

    [Fact]
    public async Task Scheduler_ReminderDue_IsSentToTheConversationAtEightAndNotBefore()
    {
        await using var scene = await Scene.StartAsync();
        var (factory, channel, chat) = (scene.Factory, scene.Channel, scene.Chat);
        await chat.ClickAsync(await chat.SayAsync("mind mig om opfølgning efter job om 2 uger"), ReminderTexts.CreateButton);

        factory.Clock.SetUtcNow(TwoWeeksOn.AddMinutes(-1));
        var nextCheck = await factory.Scheduler.CheckNowAsync(CancellationToken.None);
        Assert.Equal(TwoWeeksOn, nextCheck);
        Assert.Equal(0, channel.Count);

        factory.Clock.SetUtcNow(TwoWeeksOn);
        var (path, reminder) = await channel.NextAsync();

        var item = factory.Services.GetRequiredService<Guide>().FindItem("flere-skal-med-trin-3-afslutning")!;
        Assert.Equal($"/v3/conversations/{chat.ConversationId}/activities", path);
        Assert.Equal(TwoWeeksOn, reminder.Timestamp);
        Assert.Equal(chat.UserId, reminder.Recipient?.Id);
        Assert.Null(reminder.ReplyToId);
        Assert.Contains(item.Title, reminder.AllText(), StringComparison.Ordinal);
        Assert.Equal([$"Åbn: {item.Title}", ReminderTexts.PostponeButton, ReminderTexts.ListButton, "Menu"], reminder.SubmitButtons().Select(b => b.Title));

        await factory.Scheduler.CheckNowAsync(CancellationToken.None);
        Assert.Equal(0, channel.Count);
        Assert.Contains(ReminderTexts.ListEmpty, (await chat.SayAsync("påmindelser")).AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduler_ReminderPostponed_IsSentAgainAWeekLater()
    {
        await using var scene = await Scene.StartAsync();
        var (factory, channel, chat) = (scene.Factory, scene.Channel, scene.Chat);
        await chat.ClickAsync(await chat.SayAsync("påmind mig om 2 uger"), ReminderTexts.CreateButton);
        factory.Clock.SetUtcNow(TwoWeeksOn);
        var (_, first) = await channel.NextAsync();
        await factory.Scheduler.CheckNowAsync(CancellationToken.None);

        var postponed = await chat.ClickAsync(first, ReminderTexts.PostponeButton);

        Assert.Contains(ReminderTexts.PostponedTitle, postponed.AllText(), StringComparison.Ordinal);
        Assert.Contains("mandag den 31. marts 2025 kl. 8.00", postponed.AllText(), StringComparison.Ordinal);
        var aWeekOn = new DateTimeOffset(2025, 3, 31, 6, 0, 0, TimeSpan.Zero); // summer time began on the Sunday before
        factory.Clock.SetUtcNow(aWeekOn);
        var (_, second) = await channel.NextAsync();
        Assert.Equal(aWeekOn, second.Timestamp);
        Assert.Contains(ReminderTexts.PlainTopic, second.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduler_ReminderDeletedBeforeItsDate_IsNotSent()
    {
        await using var scene = await Scene.StartAsync();
        var (factory, channel, chat) = (scene.Factory, scene.Channel, scene.Chat);
        await chat.ClickAsync(await chat.SayAsync("påmind mig om 2 uger"), ReminderTexts.CreateButton);
        await chat.ClickAsync(await chat.SayAsync("påmindelser"), ReminderTexts.DeleteButton);

        factory.Clock.SetUtcNow(TwoWeeksOn);
        var nextCheck = await factory.Scheduler.CheckNowAsync(CancellationToken.None);

        Assert.Equal(0, channel.Count);
        Assert.Equal(TwoWeeksOn + new ReminderOptions().CheckInterval, nextCheck);
    }

    [Fact]
    public async Task Create_ConfirmationClickedAfterItsDate_IsRefused()
    {
        await using var scene = await Scene.StartAsync();
        var (factory, chat) = (scene.Factory, scene.Chat);
        var confirm = await chat.SayAsync("påmind mig om 2 uger");
        factory.Clock.SetUtcNow(TwoWeeksOn.AddHours(1));

        var reply = await chat.ClickAsync(confirm, ReminderTexts.CreateButton);

        Assert.Equal(ReminderTexts.DatePassed, reply.Text);
        Assert.Contains(ReminderTexts.ListEmpty, (await chat.SayAsync("påmindelser")).AllText(), StringComparison.Ordinal);
    }

    /// <summary>A host with its fake clock, a fake channel, and a consultant's chat whose replies and reminders go to that channel.</summary>
    private sealed class Scene(ReminderFactory factory, FakeChannel channel) : IAsyncDisposable
    {
        public ReminderFactory Factory => factory;

        public FakeChannel Channel => channel;

        public ReminderChat Chat { get; } = new(factory.CreateClient(), channel.ServiceUrl);

        public static async Task<Scene> StartAsync() => new(new ReminderFactory(), await FakeChannel.StartAsync());

        public async ValueTask DisposeAsync()
        {
            await factory.DisposeAsync();
            await channel.DisposeAsync();
        }
    }
}
