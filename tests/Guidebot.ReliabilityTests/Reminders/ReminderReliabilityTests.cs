using System.Text;
using Guidebot.Features.Reminders;
using Guidebot.ReliabilityTests.Faults;
using Guidebot.ReliabilityTests.Support;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Guidebot.ReliabilityTests.Reminders;

/// <summary>
/// Reminders are kept in the state storage and sent by whichever instance gets to them first: a restart between setting and
/// sending loses nothing, two hosts on one Redis send each reminder once, a channel that refuses is tried again with backoff
/// and then given up with a log line, and nothing the consultant typed reaches storage or logs. Each host has its own fake
/// clock, moved on by the test; a scheduler's check is awaited, never slept for.
/// </summary>
public sealed class ReminderReliabilityTests
{
    private static readonly string[] Typed = ["Jens", "Hansen", "depression"];

    [Fact]
    public async Task Restart_ReminderSetBeforeIt_IsSentByTheNextHostOnTheSameSqliteFile()
    {
        await using var connector = await ScriptedConnector.StartAsync();
        var file = new ReliabilityFactory();
        try
        {
            await using (var before = new ReminderHost(ReminderHost.Start, factory => factory.With("Storage:Sqlite:Path", file.DatabasePath)))
            {
                await before.CreateAsync("mind mig om opfølgning om 2 uger", connector.ServiceUrl);
            }

            await using var after = new ReminderHost(ReminderHost.TwoWeeksOn, factory => factory.With("Storage:Sqlite:Path", file.DatabasePath));

            await Poll.UntilAsync(() => connector.Accepted == 1, TimeSpan.FromSeconds(10), "the restarted host to send the reminder");
            await after.Scheduler.CheckNowAsync(CancellationToken.None);
            Assert.Equal(1, connector.Attempts);
        }
        finally
        {
            file.Dispose();
        }
    }

    [Fact]
    public async Task TwoHostsOnOneRedis_FiveRemindersDueAtOnce_EachIsSentExactlyOnce()
    {
        await using var redis = await RedisProcess.StartAsync();
        await using var connector = await ScriptedConnector.StartAsync();
        void OnRedis(ReliabilityFactory factory) => factory.With("Storage:Provider", "Redis").With("Storage:Redis:Configuration", redis.Configuration);
        await using var first = new ReminderHost(ReminderHost.Start, OnRedis);
        await using var second = new ReminderHost(ReminderHost.Start, OnRedis);
        for (var weeks = 1; weeks <= 5; weeks++)
        {
            await (weeks % 2 == 0 ? first : second).CreateAsync($"påmind mig om {weeks} uger", connector.ServiceUrl);
        }

        var lastDue = ReminderHost.TwoWeeksOn.AddDays(21);
        first.Clock.SetUtcNow(lastDue);
        second.Clock.SetUtcNow(lastDue);

        // Both hosts check at once, and so do their own loops, woken by the clocks. A host's check waits for its loop's check
        // under way, so after a second round no check that could still send anything is running.
        for (var round = 0; round < 2; round++)
        {
            await Task.WhenAll(first.Scheduler.CheckNowAsync(CancellationToken.None), second.Scheduler.CheckNowAsync(CancellationToken.None));
        }

        Assert.Equal(5, connector.Attempts);
        Assert.Equal(5, connector.Accepted);
        Assert.Equal(5, first.Factory.Logs.GetSnapshot().Concat(second.Factory.Logs.GetSnapshot()).Count(log => log.Id.Id == 5001));
    }

    [Fact]
    public async Task Send_ChannelRefusesTwice_IsTriedAgainAfterOneThenFiveMinutesAndDelivered()
    {
        await using var connector = await ScriptedConnector.StartAsync();
        connector.Then(400).Then(400);
        await using var host = new ReminderHost(ReminderHost.Start);
        await host.CreateAsync("mind mig om opfølgning om 2 uger", connector.ServiceUrl);

        var retries = new List<DateTimeOffset>();
        foreach (var at in new[] { ReminderHost.TwoWeeksOn, ReminderHost.TwoWeeksOn.AddMinutes(1) })
        {
            host.Clock.SetUtcNow(at);
            retries.Add(await host.Scheduler.CheckNowAsync(CancellationToken.None));
        }

        host.Clock.SetUtcNow(ReminderHost.TwoWeeksOn.AddMinutes(6));
        await host.Scheduler.CheckNowAsync(CancellationToken.None);

        Assert.Equal([ReminderHost.TwoWeeksOn.AddMinutes(1), ReminderHost.TwoWeeksOn.AddMinutes(6)], retries);
        Assert.Equal(3, connector.Attempts);
        Assert.Equal(1, connector.Accepted);
        Assert.Equal(2, host.Factory.Logs.GetSnapshot().Count(log => log.Id.Id == 5002 && log.Level == LogLevel.Warning));
    }

    [Fact]
    public async Task Send_ChannelKeepsRefusing_IsGivenUpAfterFourAttemptsWithAnErrorLog()
    {
        await using var connector = await ScriptedConnector.StartAsync();
        connector.Then(403).Then(403).Then(403).Then(403);
        await using var host = new ReminderHost(ReminderHost.Start);
        await host.CreateAsync("påmind mig om 2 uger", connector.ServiceUrl);

        foreach (var minutes in new[] { 0, 1, 6, 31, 60 * 24 })
        {
            host.Clock.SetUtcNow(ReminderHost.TwoWeeksOn.AddMinutes(minutes));
            await host.Scheduler.CheckNowAsync(CancellationToken.None);
        }

        Assert.Equal(4, connector.Attempts);
        Assert.Equal(0, connector.Accepted);
        Assert.Single(host.Factory.Logs.GetSnapshot(), log => log.Id.Id == 5003 && log.Level == LogLevel.Error);
        var store = host.Factory.Services.GetRequiredService<ReminderStore>();
        Assert.Empty(await store.ListAsync(ReminderStore.BookKey("msteams", "29:user-1"), CancellationToken.None));
        Assert.Null(await store.NextAvailableAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Request_NamingTheCitizen_LeavesNoTraceInStorageOrLogs()
    {
        await using var connector = await ScriptedConnector.StartAsync();
        await using var host = new ReminderHost(ReminderHost.Start);

        await host.CreateAsync("Mind mig om opfølgning med Jens Hansen om hans depression om 2 uger", connector.ServiceUrl);
        Assert.Single(await host.Client.ExchangeAsync(Turns.Message("påmindelser", ReminderHost.Conversation, connector.ServiceUrl)));
        host.Clock.SetUtcNow(ReminderHost.TwoWeeksOn);
        await host.Scheduler.CheckNowAsync(CancellationToken.None);

        Assert.Equal(1, connector.Accepted);
        var stored = string.Concat(Directory.GetFiles(host.Factory.Directory).Select(file => Encoding.UTF8.GetString(File.ReadAllBytes(file))));
        var logs = string.Join('\n', host.Factory.Logs.GetSnapshot().Select(log => $"{log.Message} {log.Exception} {string.Join(' ', log.StructuredState ?? [])}"));
        Assert.Contains("reminders:", stored, StringComparison.Ordinal);
        Assert.Contains("Sent reminder", logs, StringComparison.Ordinal);
        foreach (var word in Typed)
        {
            Assert.False(stored.Contains(word, StringComparison.OrdinalIgnoreCase), $"the stored state carries '{word}'");
            Assert.False(logs.Contains(word, StringComparison.OrdinalIgnoreCase), $"a log line carries '{word}'");
        }
    }
}
