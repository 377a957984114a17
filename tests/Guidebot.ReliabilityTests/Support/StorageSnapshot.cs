using System.Text;
using Microsoft.Data.Sqlite;

namespace Guidebot.ReliabilityTests.Support;

/// <summary>Everything in a SQLite state file, as one string: keys, ETags and JSON, in key order.</summary>
public static class StorageSnapshot
{
    /// <summary>Empty when the file does not exist yet (the storage is created on first use).</summary>
    public static string Take(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            return string.Empty;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, etag, json FROM storage_items ORDER BY key";
        using var reader = command.ExecuteReader();
        var snapshot = new StringBuilder();
        while (reader.Read())
        {
            snapshot.Append(reader.GetString(0)).Append(' ').Append(reader.GetString(1)).Append(' ')
                .Append(Encoding.UTF8.GetString(reader.GetFieldValue<byte[]>(2))).Append('\n');
        }

        return snapshot.ToString();
    }
}
