using System.Text.Json.Serialization;
using Guidebot.Features.Browse;

namespace Guidebot.Bot;

/// <summary>Source-generated JSON for the bot's card data and state.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(OpenAreaAction))]
[JsonSerializable(typeof(OpenItemAction))]
[JsonSerializable(typeof(SearchAction))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(bool))]
internal sealed partial class GuideJson : JsonSerializerContext;
