using Guidebot.BotFramework.Storage;
using Microsoft.Data.Sqlite;

namespace Guidebot.BotFramework.Tests.Storage;

public sealed class SqliteStorageTests : IDisposable
{
    private const string Key = "webchat/users/ø-1";
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task ReadAsync_NewInstanceOnSameFile_ReturnsValueAndETagWrittenBeforeRestart()
    {
        var path = _directory.File("data/guidebot.db");
        string eTag;
        using (var before = Storage(path))
        {
            eTag = await before.WriteAsync(Key, new TestItem("før", 7, []), StorageTestJson.Default.TestItem, null, CancellationToken.None);
        }

        using var after = Storage(path);
        var read = await after.ReadAsync(Key, StorageTestJson.Default.TestItem, CancellationToken.None);

        Assert.Equal(7, read!.Value.Count);
        Assert.Equal(eTag, read.ETag);
    }

    [Fact]
    public void Constructor_MissingDirectories_CreatesFileInWalMode()
    {
        var path = _directory.File("a/b/c/guidebot.db");

        using var storage = Storage(path);

        Assert.Equal(path, storage.FilePath);
        Assert.True(File.Exists(path));
        Assert.Equal("wal", JournalMode(path));
    }

    [Fact]
    public void Constructor_DirectoryCannotBeCreated_ThrowsNamingPath()
    {
        File.WriteAllText(_directory.File("not-a-directory"), "a file where a directory should be");
        var path = _directory.File("not-a-directory/guidebot.db");

        var exception = Assert.Throws<InvalidOperationException>(() => Storage(path));

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_FileIsNotADatabase_ThrowsNamingPathAndLeavesFileUntouched()
    {
        var path = _directory.File("guidebot.db");
        const string Content = "this is not a SQLite database, and must stay exactly like this";
        File.WriteAllText(path, Content);

        var exception = Assert.Throws<InvalidOperationException>(() => Storage(path));

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        Assert.Equal(Content, File.ReadAllText(path));
    }

    [Fact]
    public void Constructor_PathIsADirectory_ThrowsNamingPath()
    {
        var path = _directory.File("guidebot.db");
        Directory.CreateDirectory(path);

        var exception = Assert.Throws<InvalidOperationException>(() => Storage(path));

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private static SqliteStorage Storage(string path) => new(new SqliteStorageOptions { Path = path });

    private static string? JournalMode(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return command.ExecuteScalar() as string;
    }
}
