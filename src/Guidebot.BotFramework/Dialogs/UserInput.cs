using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Guidebot.BotFramework.Schema;

namespace Guidebot.BotFramework.Dialogs;

/// <summary>
/// What the user gave in a turn: typed <see cref="Text"/>, the <see cref="Value"/> of a clicked card
/// button, or both. Dialogs read clicks and typed text alike from here.
/// </summary>
public sealed record UserInput(string? Text, JsonElement? Value)
{
    /// <summary>Reads the input of a message activity; other activities give empty input.</summary>
    public static UserInput From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.Message
            ? new UserInput(string.IsNullOrWhiteSpace(activity.Text) ? null : activity.Text.Trim(), activity.Value is { ValueKind: JsonValueKind.Object } v ? v : null)
            : new UserInput(null, null);
    }

    /// <summary>Whether this input is a card click (an object value).</summary>
    public bool IsClick => Value is not null;

    /// <summary>Reads a click's data as <typeparamref name="T"/>; null when there is no click or it has another shape.</summary>
    public T? ReadValue<T>(JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (Value is not { } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize(typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a string property of a click's data, e.g. its verb.</summary>
    public string? ReadString(string propertyName) =>
        Value is { } value && value.TryGetProperty(propertyName, out var property) && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;
}
