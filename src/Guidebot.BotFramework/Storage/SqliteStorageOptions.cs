namespace Guidebot.BotFramework.Storage;

/// <summary>Where the SQLite storage keeps its file (<c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>
    /// The database file. <see cref="StorageServiceCollectionExtensions.AddBotStorage"/> resolves a relative path against
    /// the host's content root (<see cref="ResolvedAgainst"/>); <see cref="SqliteStorage"/> on its own resolves it against
    /// the working directory. Its directory is created.
    /// </summary>
    public string Path { get; set; } = "data/guidebot.db";

    /// <summary>These options with <see cref="Path"/> made absolute: a relative path is taken as relative to <paramref name="contentRoot"/>.</summary>
    public SqliteStorageOptions ResolvedAgainst(string contentRoot) => new() { Path = System.IO.Path.GetFullPath(Path, contentRoot) };
}
