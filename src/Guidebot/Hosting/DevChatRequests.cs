using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guidebot.Hosting;

/// <summary>The body of <c>POST /devchat/conversations</c>: the user token the page kept in localStorage, if any.</summary>
internal sealed record DevChatStart(string? UserToken);

/// <summary>The body of <c>POST /devchat/activities</c>: what the user typed and/or the data of the clicked button.</summary>
internal sealed record DevChatMessage(string? Text, JsonElement? Value);

/// <summary>The chat page's request bodies; anything else the page might send (ids, channel, …) is refused.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DevChatStart))]
[JsonSerializable(typeof(DevChatMessage))]
internal sealed partial class DevChatJson : JsonSerializerContext;
