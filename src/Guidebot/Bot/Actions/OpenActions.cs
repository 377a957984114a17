namespace Guidebot.Bot.Actions;

/// <summary>A click on an area button or an area's page button.</summary>
internal sealed record OpenAreaAction(string Area, int Page = 0) : ICardAction
{
    public static string Verb => "area";
}

/// <summary>A click on an item button.</summary>
internal sealed record OpenItemAction(string Item) : ICardAction
{
    public static string Verb => "item";
}
