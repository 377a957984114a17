namespace Guidebot.BotFramework.Storage;

/// <summary>A stored value and the ETag it was read with.</summary>
public sealed record StoreItem<T>(T Value, string ETag);

/// <summary>Well-known ETag values.</summary>
public static class StoreItem
{
    /// <summary>Pass as the ETag to write whatever is stored.</summary>
    public const string AnyETag = "*";
}
