using System.Globalization;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Guidebot.ReliabilityTests.Support;
using Guidebot.Testing.Turns;

namespace Guidebot.ReliabilityTests.Deployment;

/// <summary>
/// PROCESS-LEVEL tests (Category=Process) of what the container image would run, without a container runtime: the
/// published bot, started with the environment of the Dockerfile (and of compose.yaml), as a non-root user, from a
/// folder it cannot write to, writing only to its data folder (the image's /data). ContainerImageTests run the image itself.
/// </summary>
[Trait("Category", "Process")]
[SupportedOSPlatform("linux")]
public sealed class PublishedAppTests(PublishedApp app) : IClassFixture<PublishedApp>, IAsyncLifetime
{
    private readonly List<string> _dataFolders = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var folder in _dataFolders)
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task DockerfileEnvironment_NonRootReadOnlyApp_PassesTheHealthCheckAndAnswersATurnWithStateInData()
    {
        var data = await DataFolderAsync();
        await using var bot = await BotProcess.StartAsync(ImageEnvironment(data), app.Launch);

        var probe = await HealthCheckAsync(bot.Port);
        var reply = Assert.Single(await bot.Client.ExchangeAsync(Turns.Message("hej", "published")));

        Assert.True(probe.ExitCode == 0, $"The Dockerfile's HEALTHCHECK failed: {probe}");
        Assert.Contains("Søg i guiden", reply.AllText(), StringComparison.Ordinal);
        Assert.NotEqual("0", UserId(bot.ProcessId));
        Assert.True(File.Exists(Path.Combine(data, "guidebot.db")), "The SQLite state should be in the data folder (Storage__Sqlite__Path=/data/guidebot.db).");
    }

    [Fact]
    public async Task ComposeEnvironment_TwoInstancesOnOneRedis_ShareAConversation()
    {
        await using var redis = await RedisProcess.StartAsync();
        var environment = new Dictionary<string, string>(ImageEnvironment(await DataFolderAsync()), StringComparer.Ordinal);
        foreach (var (key, value) in ContainerFiles.ComposeEnvironment("bot"))
        {
            // Compose's Redis is the service "redis"; here it is the local redis-server.
            environment[key] = value.Replace("redis:6379", redis.Configuration, StringComparison.Ordinal);
        }

        await using var first = await BotProcess.StartAsync(environment, app.Launch);
        await using var second = await BotProcess.StartAsync(environment, app.Launch);

        await SharedConversation.AssertContinuesAcrossAsync(first.Client, second.Client, "compose-scaled");
    }

    /// <summary>The Dockerfile's ENV with the image's folders mapped to this test's: /app to the published app, /data to <paramref name="data"/>.</summary>
    private Dictionary<string, string> ImageEnvironment(string data) => ContainerFiles.DockerfileEnvironment().ToDictionary(
        variable => variable.Key,
        variable => Regex.Replace(Regex.Replace(variable.Value, "^/data(?=/|$)", data), "^/app(?=/|$)", app.Folder),
        StringComparer.Ordinal);

    private async Task<string> DataFolderAsync()
    {
        var folder = await PublishedApp.CreateDataFolderAsync();
        _dataFolders.Add(folder);
        return folder;
    }

    /// <summary>Runs the Dockerfile's HEALTHCHECK command as the container would, with the port in ASPNETCORE_HTTP_PORTS.</summary>
    private static Task<CommandResult> HealthCheckAsync(int port)
    {
        var command = ContainerFiles.DockerfileHealthCheck();
        var startInfo = new System.Diagnostics.ProcessStartInfo(command[0]) { WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in command.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture);
        return Command.RunAsync(startInfo, TimeSpan.FromSeconds(10));
    }

    /// <summary>The real user id the process runs as, from /proc.</summary>
    private static string UserId(int processId) =>
        File.ReadLines($"/proc/{processId}/status").First(line => line.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
}
