using Guidebot.BotFramework.Connector;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.BotFramework.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guidebot.Testing.Turns;

/// <summary>
/// Runs turns through the real <see cref="CloudAdapter"/> (state load/save, conflict retry, re-delivery
/// guard) with expectReplies delivery, and queues the replies for assertions. In memory, no network.
/// </summary>
public sealed class TestAdapter
{
    private readonly CloudAdapter _adapter;
    private readonly Queue<Activity> _replies = new();

    public TestAdapter(IServiceProvider services)
    {
        Services = services;
        _adapter = services.GetRequiredService<CloudAdapter>();
    }

    public IServiceProvider Services { get; }

    /// <summary>The last HTTP-level result (e.g. an invoke's status).</summary>
    public TurnResult? LastResult { get; private set; }

    /// <summary>A test adapter for a bot and its state, wired the way the host wires them.</summary>
    public static TestAdapter ForBot(Func<IServiceProvider, IBot> bot, IStorage? storage = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(storage ?? new MemoryStorage());
        AddTurnPipeline(services);
        services.AddSingleton(bot);
        configure?.Invoke(services);
        return new TestAdapter(services.BuildServiceProvider());
    }

    /// <summary>Registers what <see cref="CloudAdapter"/> needs except the bot and the storage.</summary>
    public static void AddTurnPipeline(IServiceCollection services)
    {
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<BotState>(s => s.GetRequiredService<ConversationState>());
        services.AddSingleton<BotState>(s => s.GetRequiredService<UserState>());
        services.AddSingleton<IConnectorClient, NoConnector>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<CloudAdapter>();
    }

    /// <summary>Runs one turn and queues its replies; returns them too.</summary>
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        LastResult = await _adapter.ProcessActivityAsync(activity, cancellationToken);
        var replies = (LastResult.Body as ExpectedReplies)?.Activities ?? [];
        foreach (var reply in replies.Where(r => r.Type != ActivityTypes.InvokeResponse))
        {
            _replies.Enqueue(reply);
        }

        return replies;
    }

    /// <summary>The oldest reply not yet asserted, or null.</summary>
    public Activity? NextReply() => _replies.TryDequeue(out var reply) ? reply : null;

    /// <summary>Replies are returned in the HTTP body in tests; posting one to a service URL is a bug.</summary>
    private sealed class NoConnector : IConnectorClient
    {
        public Task SendActivityAsync(Activity activity, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The test adapter uses expectReplies; nothing may be posted to the service URL.");

        public Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
            SendActivityAsync(activity, cancellationToken);
    }
}
