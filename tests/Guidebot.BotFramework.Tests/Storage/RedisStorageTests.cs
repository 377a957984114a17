using Guidebot.BotFramework.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Guidebot.BotFramework.Tests.Storage;

[Collection(RedisServerDefinition.Name)]
public sealed class RedisStorageTests(RedisServerFixture redis)
{
    private readonly string _key = $"msteams/conversations/a:{Guid.NewGuid():N}";

    [Fact]
    public async Task WriteAsync_DefaultOptions_StoresHashUnderGuidebotPrefixWithoutExpiry()
    {
        var storage = new RedisStorage(redis.Connection, new RedisStorageOptions());

        var eTag = await WriteAsync(storage);

        var database = redis.Connection.GetDatabase();
        Assert.Equal(eTag, (string?)await database.HashGetAsync($"guidebot:{_key}", "etag"));
        Assert.Null(await database.KeyTimeToLiveAsync($"guidebot:{_key}"));
    }

    [Fact]
    public async Task WriteAsync_TimeToLive_SetsExpiryOnEveryWrite()
    {
        var timeToLive = TimeSpan.FromDays(30);
        var storage = new RedisStorage(redis.Connection, new RedisStorageOptions { KeyPrefix = "ttl:", TimeToLive = timeToLive });
        var database = redis.Connection.GetDatabase();
        var eTag = await WriteAsync(storage);
        await database.KeyExpireAsync($"ttl:{_key}", TimeSpan.FromDays(1));

        await storage.WriteAsync(_key, new TestItem("ttl", 2, []), StorageTestJson.Default.TestItem, eTag, CancellationToken.None);

        var expiry = await database.KeyTimeToLiveAsync($"ttl:{_key}");
        Assert.InRange(expiry!.Value, TimeSpan.FromDays(29), timeToLive);
    }

    [Fact]
    public async Task ReadAsync_OtherKeyPrefix_DoesNotSeeItem()
    {
        await WriteAsync(new RedisStorage(redis.Connection, new RedisStorageOptions { KeyPrefix = "one:" }));

        var other = new RedisStorage(redis.Connection, new RedisStorageOptions { KeyPrefix = "two:" });

        Assert.Null(await other.ReadAsync(_key, StorageTestJson.Default.TestItem, CancellationToken.None));
    }

    [Fact]
    public async Task AddBotStorage_RedisProvider_RegistersRedisStorageWithConfiguredOptions()
    {
        using var host = await StorageServiceCollectionExtensionsTests.StartAsync(new()
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis:Configuration"] = redis.Configuration,
            ["Storage:Redis:TimeToLive"] = "30.00:00:00",
        });

        var storage = Assert.IsType<RedisStorage>(host.Services.GetRequiredService<IStorage>());
        await WriteAsync(storage);

        Assert.Equal(TimeSpan.FromDays(30), host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Redis.TimeToLive);
        Assert.True(await redis.Connection.GetDatabase().KeyExistsAsync($"guidebot:{_key}"));
    }

    private Task<string> WriteAsync(RedisStorage storage) =>
        storage.WriteAsync(_key, new TestItem("ttl", 1, []), StorageTestJson.Default.TestItem, null, CancellationToken.None);
}
