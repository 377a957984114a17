using System.Diagnostics;
using System.Net;
using Guidebot.ReliabilityTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Guidebot.ReliabilityTests.Faults;

/// <summary>
/// The SQLite file turns read-only under a running bot: turns get a clear 503 (and an error log), /readyz reports it,
/// the stored state is neither changed nor corrupted, and the bot recovers once the file is writable again.
/// </summary>
public sealed class SqliteFaultTests
{
    [SkippableFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Turns_DatabaseFileBecomesReadOnly_503WithoutCorruptionAndRecovery()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "uses Linux file modes and attributes");
        await using var factory = new ReliabilityFactory();
        using var client = factory.CreateClient();
        Assert.NotEmpty(await client.ExchangeAsync(Turns.Message("hej", "read-only-disk")));
        var before = StorageSnapshot.Take(factory.DatabasePath);
        var files = new[] { factory.DatabasePath, factory.DatabasePath + "-wal" }.Where(File.Exists).ToArray();

        MakeReadOnly(files, readOnly: true);
        try
        {
            SqliteConnection.ClearAllPools();

            using var refused = await client.PostActivityAsync(Turns.Message("menu", "read-only-disk"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
            Assert.Contains(factory.Logs.GetSnapshot(), log => log.Level == LogLevel.Error && log.Message.StartsWith("Storage unavailable", StringComparison.Ordinal));
        }
        finally
        {
            MakeReadOnly(files, readOnly: false);
            SqliteConnection.ClearAllPools();
        }

        Assert.Equal(before, StorageSnapshot.Take(factory.DatabasePath));
        Assert.Equal("ok", IntegrityCheck(factory.DatabasePath));
        Assert.NotEmpty(await client.ExchangeAsync(Turns.Message("menu", "read-only-disk")));
    }

    // As root, permissions do not stop writes; the immutable attribute does (where the file system supports it).
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static void MakeReadOnly(string[] files, bool readOnly)
    {
        if (Environment.UserName != "root")
        {
            foreach (var file in files)
            {
                File.SetUnixFileMode(file, readOnly ? UnixFileMode.UserRead : UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            return;
        }

        var startInfo = new ProcessStartInfo("chattr") { UseShellExecute = false, RedirectStandardError = true };
        startInfo.ArgumentList.Add(readOnly ? "+i" : "-i");
        foreach (var file in files)
        {
            startInfo.ArgumentList.Add(file);
        }

        using var chattr = Process.Start(startInfo)!;
        chattr.WaitForExit();
        Skip.If(readOnly && chattr.ExitCode != 0, $"cannot make the file immutable here: {chattr.StandardError.ReadToEnd()}");
    }

    private static string IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
