using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Guidebot.Knowledge.Loading;

/// <summary>Records the line each <see cref="ILocated"/> object starts on, so validation can point at it.</summary>
internal sealed class LocationTrackingDeserializer(INodeDeserializer inner) : INodeDeserializer
{
    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        var line = (int)(reader.Current?.Start.Line ?? 0);
        if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
        {
            return false;
        }

        if (value is ILocated located)
        {
            located.Line = line;
        }

        return true;
    }
}
