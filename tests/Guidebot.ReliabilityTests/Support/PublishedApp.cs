using System.Reflection;
using System.Runtime.Versioning;
using Guidebot.Testing;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>
/// The bot as the image holds it in /app: <c>dotnet publish</c> of the build these tests run on (no rebuild), once per
/// test run, into a folder nobody may write to. <see cref="Launch"/> starts it as an unprivileged user when the tests
/// run as root (setpriv to 65534, "nobody"), as the image's non-root user.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class PublishedApp : IAsyncLifetime
{
    private const UnixFileMode Writable = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
    private static readonly bool IsRoot = Environment.UserName == "root";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"guidebot-published-{Guid.NewGuid():N}");

    public BotLaunch Launch => IsRoot
        ? new BotLaunch("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(Folder, "Guidebot.dll")], Folder)
        : new BotLaunch("dotnet", [Path.Combine(Folder, "Guidebot.dll")], Folder);

    public async Task InitializeAsync()
    {
        var configuration = typeof(PublishedApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        var publish = await Command.RunAsync(
            "dotnet",
            ["publish", Path.Combine(RepositoryPaths.Root, "src", "Guidebot", "Guidebot.csproj"), "--no-build", "--configuration", configuration, "--output", Folder, "-nologo"],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(5));
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed: {publish}");
        SetWritable(Folder, writable: false);
    }

    /// <summary>A new folder only the bot's user may write to, as the image's /data volume.</summary>
    public static async Task<string> CreateDataFolderAsync()
    {
        var folder = Directory.CreateTempSubdirectory("guidebot-data-").FullName;
        if (IsRoot)
        {
            var chown = await Command.RunAsync("chown", ["65534:65534", folder], folder, TimeSpan.FromSeconds(10));
            Assert.True(chown.ExitCode == 0, $"chown failed: {chown}");
        }

        return folder;
    }

    public Task DisposeAsync()
    {
        SetWritable(Folder, writable: true);
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    private static void SetWritable(string folder, bool writable)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Append(folder))
        {
            var mode = File.GetUnixFileMode(path);
            File.SetUnixFileMode(path, writable ? mode | UnixFileMode.UserWrite : mode & ~Writable);
        }
    }
}
