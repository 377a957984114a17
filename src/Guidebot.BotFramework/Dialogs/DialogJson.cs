using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Dialogs;

// Source-generated JSON for the dialog engine's own state.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogState))]
internal sealed partial class DialogJson : JsonSerializerContext;
