using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Dialogs;

// Source-generated JSON for the dialog engine's own state.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(List<DialogInstance>))]
[JsonSerializable(typeof(WaterfallInstance))]
[JsonSerializable(typeof(Prompts.PromptState))]
internal sealed partial class DialogJson : JsonSerializerContext;
