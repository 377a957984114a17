using Guidebot.Features.Reminders;
using Guidebot.ReliabilityTests.Support;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Guidebot.ReliabilityTests.Reminders;

/// <summary>A host (<see cref="ReliabilityFactory"/>) with its own fake clock, and the steps of a consultant setting a reminder in it.</summary>
public sealed class ReminderHost : IAsyncDisposable
{
    /// <summary>Monday 10 March 2025, 10:00 in Denmark.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    /// <summary>When "om 2 uger" asked at <see cref="Start"/> is due: Monday 24 March, 08:00 in Denmark.</summary>
    public static readonly DateTimeOffset TwoWeeksOn = new(2025, 3, 24, 7, 0, 0, TimeSpan.Zero);

    public const string Conversation = "reminders";

    public ReminderHost(DateTimeOffset now, Action<ReliabilityFactory>? configure = null)
    {
        Clock = new FakeTimeProvider(now);
        Factory = new ReliabilityFactory().WithServices(services => services.AddSingleton<TimeProvider>(Clock));
        configure?.Invoke(Factory);
        Client = Factory.CreateClient();
    }

    public FakeTimeProvider Clock { get; }

    public ReliabilityFactory Factory { get; }

    public HttpClient Client { get; }

    internal ReminderScheduler Scheduler => Factory.Services.GetRequiredService<ReminderScheduler>();

    /// <summary>Types the request and clicks "Opret påmindelse" on the confirmation card.</summary>
    public async Task CreateAsync(string typed, string serviceUrl)
    {
        var confirm = Assert.Single(await Client.ExchangeAsync(Turns.Message(typed, Conversation, serviceUrl)));
        var saved = Assert.Single(await Client.ExchangeAsync(Turns.Click(CardButtons.Data(confirm, CreateReminderAction.Verb), Conversation, serviceUrl)));
        Assert.Contains(ReminderTexts.CreatedTitle, saved.AllText(), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
