namespace Guidebot.Bot.Actions;

/// <summary>The global commands' words, typed or clicked (<c>{"verb": word}</c>); card actions with data are <see cref="ICardAction"/> records.</summary>
internal static class Verbs
{
    public const string Menu = "menu";
    public const string Help = "hjælp";
    public const string Back = "tilbage";

    /// <summary>Typed words that show the menu and drop whatever was going on; a greeting gets the menu too.</summary>
    public static readonly IReadOnlyList<string> MenuWords = [Menu, "start", "forfra", "hovedmenu", "hej", "hejsa", "hallo", "goddag", "godmorgen", "hi", "hello"];

    /// <summary>Typed words that ask for help.</summary>
    public static readonly IReadOnlyList<string> HelpWords = [Help, "help", "?"];

    /// <summary>Typed words that go one level up.</summary>
    public static readonly IReadOnlyList<string> BackWords = [Back, "back"];
}
