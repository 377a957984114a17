using System.Text.Json.Serialization;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Tests.Turns;

/// <summary>A bot that counts the messages of a conversation in its state and replies with the count.</summary>
public sealed class CounterBot(ConversationState state) : IBot
{
    private readonly IStatePropertyAccessor<Counter> _counter = state.CreateProperty("Counter", TurnTestJson.Default.Counter);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var counter = await _counter.GetAsync(turnContext, () => new Counter(), cancellationToken);
        counter!.Count++;
        await turnContext.SendActivityAsync($"count {counter.Count}", cancellationToken);
    }
}

public sealed class Counter
{
    public int Count { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Counter))]
public sealed partial class TurnTestJson : JsonSerializerContext;
