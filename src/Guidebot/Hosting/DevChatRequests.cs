using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guidebot.Hosting;

/// <summary>The body of <c>POST /devchat/conversations</c>: the user token the page kept in localStorage, if any; nothing else is accepted.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record DevChatStart(string? UserToken);

/// <summary>The body of <c>POST /devchat/activities</c>: what the user typed and/or the data of the clicked button; nothing else (ids, channel, …) is accepted.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record DevChatMessage(string? Text, JsonElement? Value);
