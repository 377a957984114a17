using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;

namespace Guidebot.BotFramework.Storage;

/// <summary>
/// In-process storage for tests and local development. Items are kept as serialized UTF-8 JSON, so a
/// caller never shares an object with the store, exactly as with the durable providers.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly ConcurrentDictionary<string, Entry> _items = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<StoreItem<T>?> ReadAsync<T>(string key, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(typeInfo);
        cancellationToken.ThrowIfCancellationRequested();

        var item = _items.TryGetValue(key, out var entry)
            ? StoredJson.Deserialize(key, entry.Json, entry.ETag, typeInfo)
            : null;
        return Task.FromResult(item);
    }

    /// <inheritdoc />
    public Task<string> WriteAsync<T>(string key, T value, JsonTypeInfo<T> typeInfo, string? eTag, CancellationToken cancellationToken)
    {
        var entry = new Entry(StoredJson.Serialize(key, value, typeInfo), StoredJson.NewETag());
        cancellationToken.ThrowIfCancellationRequested();

        var written = eTag switch
        {
            null => _items.TryAdd(key, entry),
            StoreItem.AnyETag => Set(key, entry),
            _ => _items.TryGetValue(key, out var current)
                && current.ETag == eTag
                && _items.TryUpdate(key, entry, current),
        };
        return written ? Task.FromResult(entry.ETag) : Task.FromException<string>(new EtagException(key));
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_items.TryRemove(key, out _));
    }

    private bool Set(string key, Entry entry)
    {
        _items[key] = entry;
        return true;
    }

    // TryUpdate compares with record equality: the ETag is unique per write, so it decides.
    private sealed record Entry(byte[] Json, string ETag);
}
