using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Dialogs;

/// <summary>The persisted dialog stack of a conversation, tagged with the version of the dialogs that wrote it.</summary>
public sealed class DialogState
{
    /// <summary>The dialogs' version when the stack was saved; a different version resets the stack.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>The stack, active dialog first.</summary>
    [JsonPropertyName("stack")]
    public List<DialogInstance> Stack { get; set; } = [];
}

/// <summary>One running dialog on a stack: its id and its own state.</summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The dialog's own state, serialized by the dialog with its typed state record.</summary>
    [JsonPropertyName("state")]
    public JsonElement? State { get; set; }
}
