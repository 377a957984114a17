namespace Guidebot.BotFramework.Storage;

/// <summary>Where the SQLite storage keeps its file (<c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The database file; a relative path is resolved against the working directory. Its directory is created.</summary>
    public string Path { get; set; } = "data/guidebot.db";
}
