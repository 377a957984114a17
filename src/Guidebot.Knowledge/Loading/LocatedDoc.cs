namespace Guidebot.Knowledge.Loading;

/// <summary>
/// A mapping read from a YAML file of cards/, remembering where it starts and where each of its fields
/// stands, so a problem found later (e.g. a link to an item that does not exist) points at the field.
/// </summary>
internal abstract class LocatedDoc
{
    private readonly Dictionary<string, Location> _fields = new(StringComparer.Ordinal);

    public Location Location { get; set; }

    /// <summary>Where the field (by its YAML name) stands, or where the mapping starts when it is absent.</summary>
    public Location At(string field) => _fields.GetValueOrDefault(field, Location);

    /// <summary>Records a field's place; false when the mapping already had it.</summary>
    public bool Saw(string field, Location location) => _fields.TryAdd(field, location);
}

/// <summary>A scalar that remembers where it stands, for ids that refer to other content.</summary>
internal sealed class LocatedText(string value, Location location)
{
    public string Value { get; } = value;

    public Location Location { get; } = location;

    public override string ToString() => Value;
}
