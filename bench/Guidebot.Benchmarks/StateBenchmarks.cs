using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Storage;
using StackExchange.Redis;

namespace Guidebot.Benchmarks;

/// <summary>
/// One conversation's state read and written back with its ETag, per storage provider, with the document a
/// real conversation leaves (dialog stack, place, the last 32 activity ids). Redis runs when a server answers
/// at GUIDEBOT_BENCH_REDIS (default 127.0.0.1:6379), and is left out otherwise.
/// </summary>
[MemoryDiagnoser]
public class StateBenchmarks : IDisposable
{
    private const string Key = "msteams/conversations/bench-state";
    private BotHost _host = null!;
    private string _directory = "";
    private Dictionary<string, JsonElement> _document = [];

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Memory";

    public static IEnumerable<string> Providers()
    {
        yield return "Memory";
        yield return "Sqlite";
        if (RedisAnswers())
        {
            yield return "Redis";
        }
    }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _directory = Directory.CreateTempSubdirectory("guidebot-bench-").FullName;
        _host = new BotHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = Provider,
            ["Storage:Sqlite:Path"] = Path.Combine(_directory, "state.db"),
            ["Storage:Redis:Configuration"] = RedisConfiguration,
            ["Storage:Redis:KeyPrefix"] = $"bench:{Guid.NewGuid():N}:",
        });

        // A conversation that went menu → area → item, 40 turns long: the state every turn reads and writes.
        for (var i = 0; i < 40; i++)
        {
            var activity = (i % 3) switch
            {
                0 => Turns.Typed("bench-state", "s" + i, "menu"),
                1 => Turns.Clicked("bench-state", "s" + i, """{"verb":"area","area":"motivation","page":0}"""),
                _ => Turns.Typed("bench-state", "s" + i, "hvordan motiverer jeg borgeren"),
            };
            await _host.Adapter.ProcessActivityAsync(activity, CancellationToken.None);
        }

        var stored = await _host.Storage.ReadAsync(Key, BotFrameworkJson.Default.DictionaryStringJsonElement, CancellationToken.None)
            ?? throw new InvalidOperationException($"No state under '{Key}'.");
        _document = stored.Value;
    }

    [Benchmark]
    public async Task<string> ReadAndWriteState()
    {
        var item = await _host.Storage.ReadAsync(Key, BotFrameworkJson.Default.DictionaryStringJsonElement, CancellationToken.None);
        return await _host.Storage.WriteAsync(Key, _document, BotFrameworkJson.Default.DictionaryStringJsonElement, item!.ETag, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _host?.Dispose();
        if (_directory.Length > 0)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private static string RedisConfiguration =>
        Environment.GetEnvironmentVariable("GUIDEBOT_BENCH_REDIS") is { Length: > 0 } configuration ? configuration : "127.0.0.1:6379";

    private static bool RedisAnswers()
    {
        try
        {
            using var connection = ConnectionMultiplexer.Connect($"{RedisConfiguration},connectTimeout=500,abortConnect=true");
            return connection.IsConnected;
        }
        catch (RedisConnectionException)
        {
            return false;
        }
    }
}
