namespace Guidebot.Bot.Actions;

/// <summary>
/// The data of a card button, one record type per verb: the same type writes the button (<see cref="CardAction.Data{T}"/>)
/// and reads the click (<see cref="CardAction.On{T}"/>), so what a button sends and what its handler reads cannot drift apart.
/// </summary>
internal interface ICardAction
{
    /// <summary>The button's <c>"verb"</c>; unique across the bot (registering one twice fails at startup).</summary>
    static abstract string Verb { get; }
}
