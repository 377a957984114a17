using System.Text.Json.Serialization.Metadata;

namespace Guidebot.BotFramework.Storage;

/// <summary>
/// Key/value storage for bot state with optimistic concurrency. Every item carries an ETag; a write names
/// the ETag it read, and fails with <see cref="EtagException"/> when the item has changed since.
/// </summary>
public interface IStorage
{
    /// <summary>Reads an item, or returns null when the key does not exist.</summary>
    Task<StoreItem<T>?> ReadAsync<T>(string key, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken);

    /// <summary>
    /// Writes an item and returns its new ETag. <paramref name="eTag"/> is the ETag the caller read:
    /// null means "the key must not exist yet", <see cref="StoreItem.AnyETag"/> (<c>*</c>) writes
    /// unconditionally, any other value must equal the stored ETag (so it fails once the key is deleted).
    /// Every write issues a new ETag. Keys are compared exactly (case, '/', ':' and non-ASCII kept as given).
    /// </summary>
    /// <exception cref="EtagException">The stored item does not match <paramref name="eTag"/>.</exception>
    Task<string> WriteAsync<T>(string key, T value, JsonTypeInfo<T> typeInfo, string? eTag, CancellationToken cancellationToken);

    /// <summary>Deletes an item; returns false when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);
}
