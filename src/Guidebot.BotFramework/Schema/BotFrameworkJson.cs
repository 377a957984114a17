using System.Text.Json;
using System.Text.Json.Serialization;
using Guidebot.BotFramework.Cards;

namespace Guidebot.BotFramework.Schema;

/// <summary>The one JSON setup for wire types: camelCase, nulls omitted, source generated.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(AdaptiveCard))]
public sealed partial class BotFrameworkJson : JsonSerializerContext;
