using System.Text.Json;

namespace Guidebot.BotFramework.State;

/// <summary>
/// One scope's state during a turn: the document as stored, and the live property values the turn has
/// read or set (so that mutating a returned object is saved, as in Bot Builder).
/// </summary>
internal sealed class CachedState(IDictionary<string, JsonElement> stored, string? eTag)
{
    private readonly Dictionary<string, JsonElement> _stored = new(stored, StringComparer.Ordinal);
    private readonly Dictionary<string, LiveValue> _live = new(StringComparer.Ordinal);
    private bool _removed;

    public string? ETag { get; set; } = eTag;

    public bool TryGetLive(string name, out object? value)
    {
        var found = _live.TryGetValue(name, out var live);
        value = live?.Value;
        return found;
    }

    public bool TryGetStored(string name, out JsonElement element) => _stored.TryGetValue(name, out element);

    public void SetLive(string name, object? value, Func<object?, JsonElement> serialize) =>
        _live[name] = new LiveValue(value, serialize);

    public void Remove(string name)
    {
        _removed |= _live.Remove(name) | _stored.Remove(name);
    }

    public void Clear()
    {
        _removed |= _live.Count > 0 || _stored.Count > 0;
        _live.Clear();
        _stored.Clear();
    }

    /// <summary>The document to store, or null when nothing changed since it was read; each live value is serialized once.</summary>
    public Dictionary<string, JsonElement>? ChangedDocument()
    {
        var changed = _removed || ETag is null;
        var document = new Dictionary<string, JsonElement>(_stored, StringComparer.Ordinal);
        foreach (var (name, live) in _live)
        {
            var element = live.Serialize();
            changed = changed || !_stored.TryGetValue(name, out var old) || !JsonElement.DeepEquals(old, element);
            document[name] = element;
        }

        return changed ? document : null;
    }

    public void MarkSaved(Dictionary<string, JsonElement> document)
    {
        _stored.Clear();
        foreach (var (name, value) in document)
        {
            _stored[name] = value;
        }

        _removed = false;
    }

    private sealed record LiveValue(object? Value, Func<object?, JsonElement> Serializer)
    {
        public JsonElement Serialize() => Serializer(Value);
    }
}
