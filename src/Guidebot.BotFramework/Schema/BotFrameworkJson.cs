using System.Text.Encodings.Web;
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
public sealed partial class BotFrameworkJson : JsonSerializerContext
{
    /// <summary>
    /// For JSON sent over HTTP: as <see cref="Default"/>, but letters such as æ, ø, å and typographic quotes
    /// are written as UTF-8 instead of six-byte <c>\uXXXX</c> escapes (Teams limits a card by its bytes).
    /// Quotes, backslashes and control characters are still escaped; the JSON is never embedded in HTML.
    /// </summary>
    public static BotFrameworkJson Wire => LazyInitializer.EnsureInitialized(ref _wire, CreateWire);

    // Created on first use: static initializers of the generated half of this class may not have run before ours.
    private static BotFrameworkJson? _wire;

    private static BotFrameworkJson CreateWire() =>
        new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
