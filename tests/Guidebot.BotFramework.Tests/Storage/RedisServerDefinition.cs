namespace Guidebot.BotFramework.Tests.Storage;

/// <summary>Every test class that needs Redis shares one <see cref="RedisServerFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class RedisServerDefinition : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "Redis";
}
