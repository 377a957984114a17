namespace Guidebot.BotFramework.Storage;

/// <summary>The <c>Storage</c> configuration section: which provider holds bot state, and its settings.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary>The provider; SQLite unless configured.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Settings for <see cref="StorageProvider.Sqlite"/>.</summary>
    public SqliteStorageOptions Sqlite { get; set; } = new();

    /// <summary>Settings for <see cref="StorageProvider.Redis"/>.</summary>
    public RedisStorageOptions Redis { get; set; } = new();
}
