using System.Text.Json.Serialization.Metadata;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Guidebot.BotFramework.Storage;

/// <summary>
/// Storage in one SQLite file (the embedded default): WAL journal, pooled connections, and every
/// conditional write decided by a single SQL statement, so concurrent writers cannot both win. Writes are
/// committed with <c>synchronous = NORMAL</c>: an application crash loses nothing, a power cut may lose the
/// last writes.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    // Microsoft.Data.Sqlite retries a busy or locked database until the command timeout (seconds) runs out.
    private const int BusyTimeoutSeconds = 30;

    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS storage_items (
            key TEXT NOT NULL PRIMARY KEY,
            etag TEXT NOT NULL,
            json BLOB NOT NULL,
            updated_at TEXT NOT NULL
        );
        """;

    private const string Now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    // Per connection; in WAL mode NORMAL syncs at checkpoints instead of at every commit.
    private const string SyncAtCheckpoints = "PRAGMA synchronous = NORMAL";

    private readonly string _connectionString;

    // SQLite has one writer at a time. This process's writers queue here instead of colliding in SQLite, where
    // Microsoft.Data.Sqlite's busy retry sleeps between attempts; writers in other processes still meet the busy timeout.
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Opens (or creates) the database file and its table.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be created, opened or written.</exception>
    public SqliteStorage(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);

        FilePath = System.IO.Path.GetFullPath(options.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
        CreateSchema();
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public async Task<StoreItem<T>?> ReadAsync<T>(string key, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(typeInfo);

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT etag, json FROM storage_items WHERE key = $key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return StoredJson.Deserialize(key, reader.GetFieldValue<byte[]>(1), reader.GetString(0), typeInfo);
    }

    /// <inheritdoc />
    public async Task<string> WriteAsync<T>(string key, T value, JsonTypeInfo<T> typeInfo, string? eTag, CancellationToken cancellationToken)
    {
        var json = StoredJson.Serialize(key, value, typeInfo);
        var newETag = StoredJson.NewETag();
        var sql = eTag switch
        {
            null => $"INSERT INTO storage_items (key, etag, json, updated_at) VALUES ($key, $newEtag, $json, {Now}) ON CONFLICT (key) DO NOTHING",
            StoreItem.AnyETag => $"INSERT INTO storage_items (key, etag, json, updated_at) VALUES ($key, $newEtag, $json, {Now}) "
                + "ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_at = excluded.updated_at",
            _ => $"UPDATE storage_items SET etag = $newEtag, json = $json, updated_at = {Now} WHERE key = $key AND etag = $etag",
        };

        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenForWriteAsync(cancellationToken);
            await using var command = Command(connection, sql, key);
            command.Parameters.AddWithValue("$newEtag", newETag);
            command.Parameters.Add("$json", SqliteType.Blob).Value = json;
            command.Parameters.AddWithValue("$etag", (object?)eTag ?? DBNull.Value);
            var rows = await command.ExecuteNonQueryAsync(cancellationToken);
            return rows == 1 ? newETag : throw new EtagException(key);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);

        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenForWriteAsync(cancellationToken);
            await using var command = Command(connection, "DELETE FROM storage_items WHERE key = $key", key);
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Closes the pooled connections, which also folds the WAL back into the database file.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _writer.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string key)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        return command;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<SqliteConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = SyncAtCheckpoints;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void CreateSchema()
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(FilePath)!);
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            // SQLite quietly falls back to read-only when the file is not writable; refuse that up front.
            if (raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            {
                throw new InvalidOperationException($"The SQLite storage file '{FilePath}' is read-only.");
            }

            using var command = connection.CreateCommand();
            command.CommandText = Schema;
            command.ExecuteNonQuery();
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"The SQLite storage file '{FilePath}' cannot be opened for writing: {exception.Message}", exception);
        }
    }
}
