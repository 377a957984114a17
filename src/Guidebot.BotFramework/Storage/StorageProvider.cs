namespace Guidebot.BotFramework.Storage;

/// <summary>Which <see cref="IStorage"/> the bot uses (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>A SQLite file on local disk: the embedded default for a single instance.</summary>
    Sqlite,

    /// <summary>Process memory, lost on restart: tests and local development only.</summary>
    Memory,

    /// <summary>Redis, shared by several instances behind a load balancer.</summary>
    Redis,
}
