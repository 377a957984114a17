using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.BotFramework.Turns;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.BotFramework.Tests.Turns;

public sealed class CloudAdapterTests
{
    [Fact]
    public async Task ProcessActivity_ExpectReplies_ReturnsRepliesInOrderAddressedToTheSender()
    {
        var adapter = TestAdapter.ForBot(_ => new EchoBot("one", "two"));
        var incoming = TestActivities.Message("hej");

        var replies = await adapter.ProcessAsync(incoming);

        Assert.Equal(["one", "two"], replies.Select(r => r.Text));
        Assert.All(replies, r =>
        {
            Assert.Equal(incoming.Id, r.ReplyToId);
            Assert.Equal("user-1", r.Recipient!.Id);
            Assert.Equal("conversation-1", r.Conversation!.Id);
        });
    }

    [Fact]
    public async Task ProcessActivity_FiftyConcurrentTurnsOnTwoInstances_LoseNoUpdateAndReplyOnceEach()
    {
        // Two adapters over one storage behave like two bot processes behind a load balancer:
        // only the ETag check keeps them from overwriting each other.
        var storage = new MemoryStorage();
        var instances = new[] { CounterAdapter(storage), CounterAdapter(storage) };

        var turns = Enumerable.Range(0, 50).Select(i => Task.Run(() => instances[i % 2].ProcessAsync(TestActivities.Message("+1"))));
        var replies = (await Task.WhenAll(turns)).SelectMany(r => r).ToList();

        Assert.Equal(50, replies.Count);
        Assert.Equal(Enumerable.Range(1, 50), replies.Select(r => int.Parse(r.Text!["count ".Length..], System.Globalization.CultureInfo.InvariantCulture)).Order());
        var final = await instances[0].ProcessAsync(TestActivities.Message("+1"));
        Assert.Equal("count 51", Assert.Single(final).Text);
    }

    [Fact]
    public async Task ProcessActivity_RedeliveredActivity_IsAcknowledgedButNotProcessedAgain()
    {
        var adapter = CounterAdapter(new MemoryStorage());
        var activity = TestActivities.Message("+1");

        var first = await adapter.ProcessAsync(activity);
        var again = await adapter.ProcessAsync(activity);
        var next = await adapter.ProcessAsync(TestActivities.Message("+1"));

        Assert.Equal("count 1", Assert.Single(first).Text);
        Assert.Empty(again);
        Assert.Equal("count 2", Assert.Single(next).Text);
    }

    [Fact]
    public async Task ProcessActivity_ManyTurns_RemembersABoundedNumberOfIds()
    {
        var storage = new MemoryStorage();
        var adapter = CounterAdapter(storage);
        for (var i = 0; i < 100; i++)
        {
            await adapter.ProcessAsync(TestActivities.Message("+1"));
        }

        var stored = await storage.ReadAsync("test/conversations/conversation-1", BotFrameworkJson.Default.DictionaryStringJsonElement, default);
        Assert.Equal(32, stored!.Value["ProcessedActivityIds"].GetArrayLength());
    }

    [Fact]
    public async Task ProcessActivity_BotThrows_StateIsNotSavedAndTheErrorHandlerAnswers()
    {
        var storage = new MemoryStorage();
        var adapter = TestAdapter.ForBot(
            s => new FailingAfterCountBot(s.GetRequiredService<ConversationState>()),
            storage,
            services => services.AddSingleton<ITurnErrorHandler, ApologyHandler>());

        var replies = await adapter.ProcessAsync(TestActivities.Message("hej"));

        Assert.StartsWith("Beklager", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Null(await storage.ReadAsync("test/conversations/conversation-1", BotFrameworkJson.Default.DictionaryStringJsonElement, default));
    }

    [Fact]
    public async Task ProcessActivity_InvokeNobodyAnswers_Is501()
    {
        var adapter = TestAdapter.ForBot(_ => new EchoBot());

        var replies = await adapter.ProcessAsync(TestActivities.Invoke("composeExtension/query", null));

        var response = Assert.Single(replies);
        Assert.Equal(ActivityTypes.InvokeResponse, response.Type);
        Assert.Equal(501, response.Value!.Value.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ProcessActivity_NormalDelivery_PostsRepliesAfterStateIsSaved()
    {
        var storage = new MemoryStorage();
        var connector = new RecordingConnector(storage);
        var services = new ServiceCollection();
        services.AddSingleton<IStorage>(storage);
        TestAdapter.AddTurnPipeline(services);
        services.AddSingleton<Guidebot.BotFramework.Connector.IConnectorClient>(connector);
        services.AddSingleton<IBot, CounterBot>();
        var adapter = services.BuildServiceProvider().GetRequiredService<CloudAdapter>();

        var result = await adapter.ProcessActivityAsync(TestActivities.Message("+1"), default);

        Assert.Equal(200, result.Status);
        Assert.Null(result.Body);
        var sent = Assert.Single(connector.Sent);
        Assert.Equal("count 1", sent.Text);
        Assert.True(connector.StateWasSavedBeforeSend);
    }

    private static TestAdapter CounterAdapter(IStorage storage) =>
        TestAdapter.ForBot(s => new CounterBot(s.GetRequiredService<ConversationState>()), storage);

    private sealed class EchoBot(params string[] replies) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            foreach (var reply in replies)
            {
                await turnContext.SendActivityAsync(reply, cancellationToken);
            }
        }
    }

    private sealed class FailingAfterCountBot(ConversationState state) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await new CounterBot(state).OnTurnAsync(turnContext, cancellationToken);
            throw new InvalidOperationException("boom");
        }
    }

    private sealed class ApologyHandler : ITurnErrorHandler
    {
        public Task OnTurnErrorAsync(ITurnContext turnContext, string correlationId, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync($"Beklager ({correlationId})", cancellationToken);
    }

    private sealed class RecordingConnector(IStorage storage) : Guidebot.BotFramework.Connector.IConnectorClient
    {
        public List<Activity> Sent { get; } = [];

        public bool StateWasSavedBeforeSend { get; private set; }

        public async Task SendActivityAsync(Activity activity, CancellationToken cancellationToken)
        {
            var stored = await storage.ReadAsync("test/conversations/conversation-1", BotFrameworkJson.Default.DictionaryStringJsonElement, cancellationToken);
            StateWasSavedBeforeSend = stored is not null && stored.Value["Counter"].GetProperty("count").GetInt32() == 1;
            Sent.Add(activity);
        }

        public Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => SendActivityAsync(activity, cancellationToken);
    }
}
