using System.Text.Json.Serialization;

namespace Guidebot.BotFramework.Schema;

/// <summary>The answer to an invoke activity: an HTTP status and a body.</summary>
public sealed record InvokeResponse(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("body")] object? Body = null);

/// <summary>The HTTP body of an expectReplies turn: every reply of the turn, in order.</summary>
public sealed record ExpectedReplies([property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities);
