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

    private const string InsertNew =
        $"INSERT INTO storage_items (key, etag, json, updated_at) VALUES ($key, $newEtag, $json, {Now}) ON CONFLICT (key) DO NOTHING";

    private const string Upsert = $"INSERT INTO storage_items (key, etag, json, updated_at) VALUES ($key, $newEtag, $json, {Now}) "
        + "ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_at = excluded.updated_at";

    private const string UpdateMatching = $"UPDATE storage_items SET etag = $newEtag, json = $json, updated_at = {Now} WHERE key = $key AND etag = $etag";

    private const string Delete = "DELETE FROM storage_items WHERE key = $key";

    private readonly string _connectionString;

    // SQLite has one writer at a time. This process's writers queue here instead of colliding in SQLite, where
    // Microsoft.Data.Sqlite's busy retry sleeps between attempts; writers in other processes still meet the busy timeout.
    // The queue's head writes through one connection kept open with its statements prepared.
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _writeCommands = new(StringComparer.Ordinal);
    private SqliteConnection? _writeConnection;

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
        try
        {
            return await ReadCoreAsync(key, typeInfo, cancellationToken);
        }
        catch (SqliteException exception) when (IsUnavailable(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc />
    public async Task<string> WriteAsync<T>(string key, T value, JsonTypeInfo<T> typeInfo, string? eTag, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteCoreAsync(key, value, typeInfo, eTag, cancellationToken);
        }
        catch (SqliteException exception) when (IsUnavailable(exception))
        {
            throw Unavailable(exception);
        }
    }

    private async Task<StoreItem<T>?> ReadCoreAsync<T>(string key, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT etag, json FROM storage_items WHERE key = $key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return StoredJson.Deserialize(key, reader.GetFieldValue<byte[]>(1), reader.GetString(0), typeInfo);
    }

    private async Task<string> WriteCoreAsync<T>(string key, T value, JsonTypeInfo<T> typeInfo, string? eTag, CancellationToken cancellationToken)
    {
        var json = StoredJson.Serialize(key, value, typeInfo);
        var newETag = StoredJson.NewETag();
        var sql = eTag switch
        {
            null => InsertNew,
            StoreItem.AnyETag => Upsert,
            _ => UpdateMatching,
        };

        var rows = await ExecuteWriteAsync(
            sql,
            parameters =>
            {
                parameters.AddWithValue("$key", key);
                parameters.AddWithValue("$newEtag", newETag);
                parameters.Add("$json", SqliteType.Blob).Value = json;
                parameters.AddWithValue("$etag", (object?)eTag ?? DBNull.Value);
            },
            cancellationToken);
        return rows == 1 ? newETag : throw new EtagException(key);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return await ExecuteWriteAsync(Delete, parameters => parameters.AddWithValue("$key", key), cancellationToken) > 0;
    }

    /// <summary>Closes the pooled connections, which also folds the WAL back into the database file.</summary>
    public void Dispose()
    {
        CloseWriter();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _writer.Dispose();
    }

    // The file or disk refuses us (read-only, full, I/O error, gone, locked past the busy timeout): the transaction was
    // rolled back by SQLite, so nothing is half-written; callers answer 503 and the channel retries.
    private static bool IsUnavailable(SqliteException exception) => exception.SqliteErrorCode is
        raw.SQLITE_BUSY or raw.SQLITE_LOCKED or raw.SQLITE_READONLY or raw.SQLITE_IOERR or raw.SQLITE_FULL or raw.SQLITE_CANTOPEN;

    private StorageUnavailableException Unavailable(SqliteException exception) =>
        new($"The SQLite storage file '{FilePath}' cannot be used right now (SQLite error {exception.SqliteErrorCode}).", exception);

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

    private async Task<int> ExecuteWriteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            if (_writeConnection is null)
            {
                _writeConnection = await OpenAsync(cancellationToken);
                await using var pragma = _writeConnection.CreateCommand();
                pragma.CommandText = SyncAtCheckpoints;
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            if (!_writeCommands.TryGetValue(sql, out var command))
            {
                command = _writeConnection.CreateCommand();
                command.CommandText = sql;
                _writeCommands[sql] = command;
            }

            command.Parameters.Clear();
            bind(command.Parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A broken connection is not reused: the next write opens a fresh one.
            CloseWriter();
            throw;
        }
        finally
        {
            _writer.Release();
        }
    }

    private void CloseWriter()
    {
        foreach (var command in _writeCommands.Values)
        {
            command.Dispose();
        }

        _writeCommands.Clear();
        _writeConnection?.Dispose();
        _writeConnection = null;
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
