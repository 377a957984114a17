using Guidebot.BotFramework.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Guidebot.BotFramework.Tests.Storage;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task AddBotStorage_NoStorageSection_CreatesSqliteFileInDataUnderContentRoot()
    {
        using var host = await StartAsync([], contentRoot: _directory.Path);

        var storage = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());

        Assert.Equal(Path.Combine(_directory.Path, "data", "guidebot.db"), storage.FilePath);
        Assert.True(File.Exists(storage.FilePath));
    }

    [Fact]
    public async Task AddBotStorage_RelativeSqlitePath_ResolvesAgainstContentRootNotWorkingDirectory()
    {
        var contentRoot = Directory.CreateDirectory(_directory.File("app")).FullName;
        using var host = await StartAsync(new() { ["Storage:Sqlite:Path"] = "../state/guidebot.db" }, contentRoot);

        var storage = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());

        Assert.Equal(Path.Combine(_directory.Path, "state", "guidebot.db"), storage.FilePath);
        Assert.True(File.Exists(storage.FilePath));
    }

    [Fact]
    public async Task AddBotStorage_SqlitePath_RegistersOneSqliteStorageOnThatFile()
    {
        var path = _directory.File("state/guidebot.db");
        using var host = await StartAsync(new() { ["Storage:Sqlite:Path"] = path });

        var storage = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());

        Assert.Equal(path, storage.FilePath);
        Assert.Same(storage, host.Services.GetRequiredService<IStorage>());
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task AddBotStorage_MemoryProvider_RegistersOneMemoryStorage()
    {
        using var host = await StartAsync(new() { ["Storage:Provider"] = "memory" });

        var storage = Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());

        Assert.Same(storage, host.Services.GetRequiredService<IStorage>());
    }

    [Fact]
    public async Task AddBotStorage_UnknownProvider_FailsAtStartupNamingTheKey()
    {
        var exception = await Assert.ThrowsAnyAsync<InvalidOperationException>(
            () => StartAsync(new() { ["Storage:Provider"] = "Cosmos" }));

        Assert.Contains("Storage:Provider", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Cosmos", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBotStorage_UndefinedProviderNumber_FailsAtStartup()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StartAsync(new() { ["Storage:Provider"] = "7" }));

        Assert.Contains("Storage:Provider must be Sqlite, Memory or Redis.", exception.Failures);
    }

    [Fact]
    public async Task AddBotStorage_RedisWithoutConfiguration_FailsAtStartup()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StartAsync(new() { ["Storage:Provider"] = "Redis" }));

        Assert.Contains(exception.Failures, failure => failure.Contains("Storage:Redis:Configuration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddBotStorage_NegativeTimeToLive_FailsAtStartup()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new()
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis:Configuration"] = "127.0.0.1:6379",
            ["Storage:Redis:TimeToLive"] = "-00:05:00",
        }));

        Assert.Contains(exception.Failures, failure => failure.Contains("Storage:Redis:TimeToLive", StringComparison.Ordinal));
    }

    public void Dispose() => _directory.Dispose();

    internal static async Task<IHost> StartAsync(Dictionary<string, string?> configuration, string? contentRoot = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddBotStorage(builder.Configuration);
        var host = builder.Build();
        try
        {
            await host.StartAsync(CancellationToken.None);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
