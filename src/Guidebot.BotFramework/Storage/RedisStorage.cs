using System.Text.Json.Serialization.Metadata;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace Guidebot.BotFramework.Storage;

/// <summary>
/// Storage in Redis, shared by several bot instances. Each item is a hash with the fields <c>etag</c> and
/// <c>data</c> (UTF-8 JSON); a Lua script compares the ETag and writes in one atomic step.
/// </summary>
public sealed class RedisStorage : IStorage
{
    // KEYS[1] item; ARGV[1] mode (new | any | match), ARGV[2] expected ETag, ARGV[3] new ETag,
    // ARGV[4] JSON, ARGV[5] time to live in milliseconds (0 = none). Returns 1 when written, 0 when refused.
    private const string WriteScript = """
        local current = redis.call('HGET', KEYS[1], 'etag')
        if ARGV[1] == 'new' and current then return 0 end
        if ARGV[1] == 'match' and current ~= ARGV[2] then return 0 end
        redis.call('HSET', KEYS[1], 'etag', ARGV[3], 'data', ARGV[4])
        if ARGV[5] ~= '0' then
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
        else
            redis.call('PERSIST', KEYS[1])
        end
        return 1
        """;

    private static readonly RedisValue[] ItemFields = ["etag", "data"];

    private readonly IDatabase _database;
    private readonly long _timeToLiveMilliseconds;

    /// <summary>Creates the storage on a shared connection; the caller owns <paramref name="connection"/>.</summary>
    public RedisStorage(IConnectionMultiplexer connection, RedisStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        if (options.TimeToLive is { } timeToLive)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(timeToLive, TimeSpan.FromMilliseconds(1), nameof(options));
        }

        _database = connection.GetDatabase().WithKeyPrefix(options.KeyPrefix);
        _timeToLiveMilliseconds = (long)(options.TimeToLive?.TotalMilliseconds ?? 0);
    }

    /// <inheritdoc />
    public async Task<StoreItem<T>?> ReadAsync<T>(string key, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(typeInfo);
        cancellationToken.ThrowIfCancellationRequested();

        var fields = await GuardAsync(_database.HashGetAsync(key, ItemFields));
        return fields[0].IsNull
            ? null
            : StoredJson.Deserialize(key, ((ReadOnlyMemory<byte>)fields[1]).Span, fields[0].ToString(), typeInfo);
    }

    /// <inheritdoc />
    public async Task<string> WriteAsync<T>(string key, T value, JsonTypeInfo<T> typeInfo, string? eTag, CancellationToken cancellationToken)
    {
        var json = StoredJson.Serialize(key, value, typeInfo);
        var newETag = StoredJson.NewETag();
        var mode = eTag switch
        {
            null => "new",
            StoreItem.AnyETag => "any",
            _ => "match",
        };
        // Redis commands cannot be withdrawn once sent; cancellation is honoured up to that point.
        cancellationToken.ThrowIfCancellationRequested();

        var written = await GuardAsync(_database.ScriptEvaluateAsync(
            WriteScript, [key], [mode, eTag ?? string.Empty, newETag, json, _timeToLiveMilliseconds]));
        return (int)written == 1 ? newETag : throw new EtagException(key);
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        return GuardAsync(_database.KeyDeleteAsync(key));
    }

    // A lost connection or a command that times out (asyncTimeout) means "try later", not a bug: callers answer 503.
    private static async Task<T> GuardAsync<T>(Task<T> command)
    {
        try
        {
            return await command;
        }
        catch (Exception exception) when (exception is RedisConnectionException or RedisTimeoutException)
        {
            throw new StorageUnavailableException($"Redis is unavailable: {exception.GetType().Name}.", exception);
        }
    }
}
