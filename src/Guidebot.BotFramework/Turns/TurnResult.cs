namespace Guidebot.BotFramework.Turns;

/// <summary>What the HTTP endpoint answers for a turn: a status and an optional JSON body.</summary>
public sealed record TurnResult(int Status, object? Body)
{
    /// <summary>200 with no body: replies, if any, went to the service URL.</summary>
    public static TurnResult Ok { get; } = new(200, null);

    /// <summary>503: the state could not be read or saved; nothing ran to completion and the channel may retry.</summary>
    public static TurnResult Unavailable { get; } = new(503, null);
}
