using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Guidebot.BotFramework.Storage;

/// <summary>Registers the bot's <see cref="IStorage"/> from the <c>Storage</c> configuration section.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> (validated at startup) and registers the configured provider as a
    /// singleton <see cref="IStorage"/> (a relative <c>Storage:Sqlite:Path</c> is resolved against the host's content root), plus one shared <see cref="IConnectionMultiplexer"/> (connected only
    /// when the Redis provider is used) unless the host registered its own. The connection starts even while Redis is
    /// down and times out connects and commands after 2 s unless the configuration string says otherwise.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Validate(
                options => Enum.IsDefined(options.Provider),
                "Storage:Provider must be Sqlite, Memory or Redis.")
            .Validate(
                options => options.Provider != StorageProvider.Sqlite || !string.IsNullOrWhiteSpace(options.Sqlite.Path),
                "Storage:Sqlite:Path must name the database file (default data/guidebot.db).")
            .Validate(
                options => options.Provider != StorageProvider.Redis || !string.IsNullOrWhiteSpace(options.Redis.Configuration),
                "Storage:Provider is Redis, so Storage:Redis:Configuration must be set (e.g. 127.0.0.1:6379).")
            .Validate(
                options => options.Redis.TimeToLive is null || options.Redis.TimeToLive > TimeSpan.Zero,
                "Storage:Redis:TimeToLive must be positive when set (e.g. 30.00:00:00 for 30 days).")
            .ValidateOnStart();

        services.TryAddSingleton<IConnectionMultiplexer>(provider => ConnectionMultiplexer.Connect(RedisConnectionDefaults.Apply(
            Options(provider).Redis.Configuration
                ?? throw new InvalidOperationException("Storage:Redis:Configuration is not set."))));
        services.TryAddSingleton<IStorage>(CreateStorage);
        return services;
    }

    private static IStorage CreateStorage(IServiceProvider provider)
    {
        var options = Options(provider);
        return options.Provider switch
        {
            StorageProvider.Memory => new MemoryStorage(),
            StorageProvider.Redis => new RedisStorage(provider.GetRequiredService<IConnectionMultiplexer>(), options.Redis),
            _ => new SqliteStorage(options.Sqlite.ResolvedAgainst(ContentRoot(provider))),
        };
    }

    // The content root, like the host's other files (appsettings.json, wwwroot/), so --contentRoot moves them together.
    // A bare service collection has no host: the working directory stands in.
    private static string ContentRoot(IServiceProvider provider) =>
        provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Environment.CurrentDirectory;

    private static StorageOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StorageOptions>>().Value;
}
