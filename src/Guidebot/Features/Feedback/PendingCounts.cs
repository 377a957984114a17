namespace Guidebot.Features.Feedback;

/// <summary>
/// Counts kept in memory until they are saved. Holds at most <c>capacity</c> keys: while storage is unreachable it keeps
/// counting what it has and drops new keys rather than grow without bound.
/// </summary>
internal sealed class PendingCounts<TKey>(int capacity)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private Dictionary<TKey, int> _counts = [];

    public void Add(TKey key, int count = 1)
    {
        lock (_lock)
        {
            if (_counts.TryGetValue(key, out var counted))
            {
                _counts[key] = counted + count;
            }
            else if (_counts.Count < capacity)
            {
                _counts[key] = count;
            }
        }
    }

    /// <summary>Everything counted so far; counting starts again from nothing.</summary>
    public IReadOnlyDictionary<TKey, int> TakeAll()
    {
        lock (_lock)
        {
            var taken = _counts;
            _counts = [];
            return taken;
        }
    }

    /// <summary>Puts counts that could not be saved back, to be saved with the next ones.</summary>
    public void AddAll(IEnumerable<KeyValuePair<TKey, int>> counts)
    {
        foreach (var (key, count) in counts)
        {
            Add(key, count);
        }
    }
}
