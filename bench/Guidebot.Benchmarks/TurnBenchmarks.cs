using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;
using Guidebot.Knowledge.Content;

namespace Guidebot.Benchmarks;

/// <summary>
/// One whole turn per operation, as the endpoint runs it: CloudAdapter.ProcessActivityAsync (state load,
/// bot, state save; memory storage) and the reply written as JSON. 1,000 conversations in rotation.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks : IDisposable
{
    private const int Conversations = 1000;
    private BotHost _host = null!;
    private string[] _conversations = [];
    private string[] _itemClicks = [];
    private string[] _questions = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _host = new BotHost(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
        _conversations = [.. Enumerable.Range(0, Conversations).Select(i => "bench-" + i.ToString(CultureInfo.InvariantCulture))];
        _itemClicks = [.. _host.Get<Guide>().Areas.SelectMany(a => a.Items).Select(i => $$"""{"verb":"item","item":"{{i.Id}}"}""")];
        _questions = EvalQuestions.Load();
    }

    [Benchmark]
    public Task MenuTurn() => RunAsync(conversation => Turns.Typed(conversation, NextId(), "menu"));

    [Benchmark]
    public Task ItemClickTurn() => RunAsync(conversation => Turns.Clicked(conversation, NextId(), _itemClicks[_next % _itemClicks.Length]));

    [Benchmark]
    public Task SearchTurn() => RunAsync(conversation => Turns.Typed(conversation, NextId(), _questions[_next % _questions.Length]));

    [GlobalCleanup]
    public void Dispose()
    {
        _host?.Dispose();
        GC.SuppressFinalize(this);
    }

    private string NextId() => _next.ToString(CultureInfo.InvariantCulture);

    private async Task RunAsync(Func<string, Activity> activity)
    {
        _next++;
        var result = await _host.Adapter.ProcessActivityAsync(activity(_conversations[_next % Conversations]), CancellationToken.None);
        await JsonSerializer.SerializeAsync(Stream.Null, result.Body!, result.Body!.GetType(), BotFrameworkJson.Wire, CancellationToken.None);
    }
}
