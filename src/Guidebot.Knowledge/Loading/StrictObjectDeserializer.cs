using System.Collections.Concurrent;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Reads the mappings of cards/ into their <see cref="LocatedDoc"/> shapes. An unknown field is reported at
/// its own line and column (with the fields allowed there) and skipped, so one typo costs one error and the
/// rest of the file — and everything that refers to it — still loads. Also reads the scalar shorthands:
/// <see cref="LocatedText"/>, and list entries written as plain text (<see cref="IFromScalar"/>).
/// </summary>
internal sealed class StrictObjectDeserializer(string file, ContentErrors errors) : INodeDeserializer
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, PropertyInfo>> FieldsByType = new();

    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        value = null;
        if (expectedType == typeof(LocatedText))
        {
            value = ReadText(reader);
            return true;
        }

        if (!typeof(LocatedDoc).IsAssignableFrom(expectedType))
        {
            return false;
        }

        var doc = (LocatedDoc)Activator.CreateInstance(expectedType)!;
        if (reader.Accept<Scalar>(out var scalar) && doc is IFromScalar shorthand)
        {
            reader.MoveNext();
            doc.Location = Location.Of(scalar.Start);
            shorthand.Read(scalar.Value);
            value = doc;
            return true;
        }

        if (!reader.TryConsume<MappingStart>(out var start))
        {
            var at = Location.Of(reader.Current!.Start);
            reader.SkipThisAndNestedEvents();
            errors.Add(file, at, $"expected fields here ({string.Join(", ", Fields(expectedType).Keys)})");
            return true;
        }

        doc.Location = Location.Of(start.Start);
        ReadFields(reader, doc, nestedObjectDeserializer);
        value = doc;
        return true;
    }

    private void ReadFields(IParser reader, LocatedDoc doc, Func<IParser, Type, object?> nested)
    {
        var fields = Fields(doc.GetType());
        while (!reader.TryConsume<MappingEnd>(out _))
        {
            var key = reader.Consume<Scalar>();
            var at = Location.Of(key.Start);
            if (!fields.TryGetValue(key.Value, out var property))
            {
                errors.Add(file, at, $"unknown field '{key.Value}'{ContentErrors.DidYouMean(key.Value, fields.Keys)}; allowed here: {string.Join(", ", fields.Keys)}");
                reader.SkipThisAndNestedEvents();
                continue;
            }

            if (!doc.Saw(key.Value, at))
            {
                errors.Add(file, at, $"'{key.Value}' is given twice");
            }

            property.SetValue(doc, nested(reader, property.PropertyType));
        }
    }

    private static LocatedText? ReadText(IParser reader)
    {
        var scalar = reader.Consume<Scalar>();
        return scalar.IsKey || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null")
            ? null
            : new LocatedText(scalar.Value, Location.Of(scalar.Start));
    }

    // The YAML name of a property is its camelCase name; Location is the loader's own.
    private static Dictionary<string, PropertyInfo> Fields(Type type) =>
        FieldsByType.GetOrAdd(type, static t => t
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != nameof(LocatedDoc.Location))
            .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], StringComparer.Ordinal));
}

/// <summary>A mapping that may also be written as a plain scalar (e.g. a list entry as its text alone).</summary>
internal interface IFromScalar
{
    void Read(string scalar);
}
