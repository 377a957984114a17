using Guidebot.BotFramework.Storage;

namespace Guidebot.BotFramework.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IStorage"/> provider must share. Each provider runs these tests through a
/// small subclass that hands in a fresh, empty storage.
/// </summary>
public abstract class StorageContractTests : IDisposable
{
    private const string Key = "msteams/conversations/a:1HkZ9xQ-ø/state";

    protected StorageContractTests(IStorage storage) => Storage = storage;

    protected IStorage Storage { get; }

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task ReadAsync_MissingKey_ReturnsNull()
    {
        Assert.Null(await ReadAsync(Key));
    }

    [Fact]
    public async Task WriteAsync_NewKeyWithNullETag_ReadReturnsValueAndSameETag()
    {
        var eTag = await WriteAsync(Key, Item(1), eTag: null);

        var read = await ReadAsync(Key);

        Assert.NotNull(read);
        Assert.Equal(eTag, read.ETag);
        Assert.Equal(Item(1).Name, read.Value.Name);
        Assert.Equal(1, read.Value.Count);
        Assert.Equal(["ø", "å"], read.Value.Tags);
    }

    [Fact]
    public async Task WriteAsync_ExistingKeyWithNullETag_ThrowsEtagExceptionAndKeepsValue()
    {
        await WriteAsync(Key, Item(1), eTag: null);

        var exception = await Assert.ThrowsAsync<EtagException>(() => WriteAsync(Key, Item(2), eTag: null));

        Assert.Equal(Key, exception.Key);
        Assert.Equal(1, (await ReadAsync(Key))!.Value.Count);
    }

    [Fact]
    public async Task WriteAsync_MatchingETag_ReplacesValueAndReturnsNewETag()
    {
        var first = await WriteAsync(Key, Item(1), eTag: null);

        var second = await WriteAsync(Key, Item(2), first);

        var read = await ReadAsync(Key);
        Assert.NotEqual(first, second);
        Assert.Equal(second, read!.ETag);
        Assert.Equal(2, read.Value.Count);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsEtagExceptionAndKeepsNewerValue()
    {
        var stale = await WriteAsync(Key, Item(1), eTag: null);
        await WriteAsync(Key, Item(2), stale);

        await Assert.ThrowsAsync<EtagException>(() => WriteAsync(Key, Item(3), stale));

        Assert.Equal(2, (await ReadAsync(Key))!.Value.Count);
    }

    [Fact]
    public async Task WriteAsync_ETagOfDeletedKey_ThrowsEtagExceptionAndStoresNothing()
    {
        var eTag = await WriteAsync(Key, Item(1), eTag: null);
        await Storage.DeleteAsync(Key, None);

        await Assert.ThrowsAsync<EtagException>(() => WriteAsync(Key, Item(2), eTag));

        Assert.Null(await ReadAsync(Key));
    }

    [Fact]
    public async Task WriteAsync_ETagNeverIssued_ThrowsEtagException()
    {
        await WriteAsync(Key, Item(1), eTag: null);

        await Assert.ThrowsAsync<EtagException>(() => WriteAsync(Key, Item(2), "not-an-etag-this-store-issued"));
    }

    [Fact]
    public async Task WriteAsync_AnyETag_WritesNewAndExistingKeys()
    {
        await WriteAsync(Key, Item(1), StoreItem.AnyETag);
        var eTag = await WriteAsync(Key, Item(2), StoreItem.AnyETag);

        var read = await ReadAsync(Key);
        Assert.Equal(2, read!.Value.Count);
        Assert.Equal(eTag, read.ETag);
    }

    [Fact]
    public async Task WriteAsync_SameValueTwice_ChangesETag()
    {
        var first = await WriteAsync(Key, Item(1), eTag: null);

        var second = await WriteAsync(Key, Item(1), first);

        Assert.NotEqual(first, second);
        await Assert.ThrowsAsync<EtagException>(() => WriteAsync(Key, Item(1), first));
    }

    [Fact]
    public async Task ReadAsync_AfterCallerMutatesWrittenValue_ReturnsValueAsWritten()
    {
        var item = Item(1);
        await WriteAsync(Key, item, eTag: null);

        item.Tags.Add("changed after the write");
        var read = await ReadAsync(Key);
        read!.Value.Tags.Add("changed after the read");

        Assert.Equal(["ø", "å"], (await ReadAsync(Key))!.Value.Tags);
    }

    [Fact]
    public async Task DeleteAsync_ExistingKey_ReturnsTrueAndKeyIsGone()
    {
        await WriteAsync(Key, Item(1), eTag: null);

        Assert.True(await Storage.DeleteAsync(Key, None));
        Assert.Null(await ReadAsync(Key));
    }

    [Fact]
    public async Task DeleteAsync_MissingKey_ReturnsFalse()
    {
        Assert.False(await Storage.DeleteAsync(Key, None));
    }

    [Fact]
    public async Task DeleteAsync_ThenWriteWithNullETag_CreatesKeyAgain()
    {
        await WriteAsync(Key, Item(1), eTag: null);
        await Storage.DeleteAsync(Key, None);

        await WriteAsync(Key, Item(2), eTag: null);

        Assert.Equal(2, (await ReadAsync(Key))!.Value.Count);
    }

    [Fact]
    public async Task WriteAsync_KeysWithSlashColonAndNonAscii_AreStoredSeparately()
    {
        string[] keys =
        [
            "msteams/conversations/a:1HkZ9xQ-ø",
            "msteams/conversations/a:1HkZ9xQ-ø/users/29:1abc",
            "msteams/conversations/a:1HkZ9xQ-o",
            "webchat/users/ø-1",
            "webchat/users/Ø-1",
            "webchat/users/æøå 日本 🙂",
            "webchat/users/ø-1 ",
            "%2F/'\";--",
        ];
        for (var i = 0; i < keys.Length; i++)
        {
            await WriteAsync(keys[i], Item(i), eTag: null);
        }

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i, (await ReadAsync(keys[i]))!.Value.Count);
        }
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritersWithSameETag_ExactlyOneWins()
    {
        var eTag = await WriteAsync(Key, Item(0), eTag: null);

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(count => Task.Run(async () =>
        {
            try
            {
                return (Count: count, ETag: (string?)await WriteAsync(Key, Item(count), eTag));
            }
            catch (EtagException)
            {
                return (Count: count, ETag: null);
            }
        })));

        var winner = Assert.Single(results, result => result.ETag is not null);
        var read = await ReadAsync(Key);
        Assert.Equal(winner.Count, read!.Value.Count);
        Assert.Equal(winner.ETag, read.ETag);
    }

    [Fact]
    public async Task WriteAsync_FiftyConcurrentReadModifyWritesWithRetry_CountsFifty()
    {
        await WriteAsync(Key, Item(0), eTag: null);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(IncrementAsync)));

        Assert.Equal(50, (await ReadAsync(Key))!.Value.Count);
    }

    [Fact]
    public async Task WriteAsync_CanceledToken_ThrowsAndStoresNothing()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Storage.WriteAsync(Key, Item(1), StorageTestJson.Default.TestItem, eTag: null, new CancellationToken(canceled: true)));

        Assert.Null(await ReadAsync(Key));
    }

    [Fact]
    public async Task WriteAsync_EmptyKey_ThrowsArgumentException()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => WriteAsync(string.Empty, Item(1), eTag: null));
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private static TestItem Item(int count) => new("Jobsamtale ø/å", count, ["ø", "å"]);

    private Task<StoreItem<TestItem>?> ReadAsync(string key) =>
        Storage.ReadAsync(key, StorageTestJson.Default.TestItem, None);

    private Task<string> WriteAsync(string key, TestItem item, string? eTag) =>
        Storage.WriteAsync(key, item, StorageTestJson.Default.TestItem, eTag, None);

    // Read, add one, write with the ETag read; on a conflict start over. Bounded, so a broken store fails.
    private async Task IncrementAsync()
    {
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var current = await ReadAsync(Key);
            try
            {
                await WriteAsync(Key, current!.Value with { Count = current.Value.Count + 1 }, current.ETag);
                return;
            }
            catch (EtagException)
            {
            }
        }

        Assert.Fail("An increment lost to other writers 1,000 times in a row.");
    }
}
