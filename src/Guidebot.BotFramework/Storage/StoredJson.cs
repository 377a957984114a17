using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Guidebot.BotFramework.Storage;

/// <summary>What every storage does alike: argument checks, UTF-8 JSON values and fresh ETags.</summary>
internal static class StoredJson
{
    public static byte[] Serialize<T>(string key, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
    }

    public static StoreItem<T> Deserialize<T>(string key, ReadOnlySpan<byte> json, string eTag, JsonTypeInfo<T> typeInfo)
    {
        var value = JsonSerializer.Deserialize(json, typeInfo)
            ?? throw new JsonException($"The stored item '{key}' holds JSON null.");
        return new StoreItem<T>(value, eTag);
    }

    /// <summary>A new ETag for every write, so equal content written twice still changes the ETag.</summary>
    public static string NewETag() => Guid.NewGuid().ToString("N");
}
