using Guidebot.BotFramework.Storage;

namespace Guidebot.BotFramework.Tests.Storage;

/// <summary>The contract against a real Redis; a key prefix per test keeps the tests apart.</summary>
[Collection(RedisServerDefinition.Name)]
public sealed class RedisStorageContractTests(RedisServerFixture redis) : StorageContractTests(new RedisStorage(
    redis.Connection, new RedisStorageOptions { KeyPrefix = $"test:{Guid.NewGuid():N}:" }));
