using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Guidebot.BotFramework.Dialogs;

/// <summary>Reads and writes a dialog instance's typed state; unreadable state counts as a version mismatch.</summary>
internal static class InstanceState
{
    public static T? Read<T>(DialogInstance instance, JsonTypeInfo<T> typeInfo)
    {
        if (instance.State is not { } element)
        {
            return default;
        }

        try
        {
            return element.Deserialize(typeInfo);
        }
        catch (JsonException ex)
        {
            throw new DialogStateMismatchException($"The saved state of dialog '{instance.Id}' has an older shape.", ex);
        }
    }

    public static void Write<T>(DialogInstance instance, T value, JsonTypeInfo<T> typeInfo) =>
        instance.State = JsonSerializer.SerializeToElement(value, typeInfo);
}
