using Guidebot.BotFramework.Storage;
using Guidebot.Features.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Guidebot.Tests.Reminders;

/// <summary>Reminders are kept as long as they wait: Redis state that expires sooner is refused at startup, with the reason.</summary>
public sealed class ReminderOptionsTests
{
    [Fact]
    public void Options_RedisStateExpiringBeforeTheLongestReminder_AreRefused()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Options(("Storage:Provider", "Redis"), ("Storage:Redis:TimeToLive", "30.00:00:00")));

        Assert.Contains("Storage:Redis:TimeToLive would expire reminders before they are sent", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Redis", "400.00:00:00")]
    [InlineData("Redis", null)]
    [InlineData("Sqlite", "30.00:00:00")]
    public void Options_StateKeptLongEnough_AreAccepted(string provider, string? timeToLive) =>
        Assert.Equal(20, Options(("Storage:Provider", provider), ("Storage:Redis:TimeToLive", timeToLive)).MaxPerUser);

    private static ReminderOptions Options(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, setting.Value)))
            .AddInMemoryCollection([KeyValuePair.Create("Storage:Redis:Configuration", (string?)"127.0.0.1:1")])
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddBotStorage(configuration).AddReminders();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ReminderOptions>>().Value;
    }
}
