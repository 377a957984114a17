using Guidebot.Bot.Actions;

namespace Guidebot.Features.Lookups;

/// <summary>A click that opens a lookup's start card.</summary>
internal sealed record OpenLookupAction(string Lookup) : ICardAction
{
    public static string Verb => "lookup";
}

/// <summary>A click that opens one list of a lookup.</summary>
internal sealed record OpenLookupListAction(string Lookup, string List) : ICardAction
{
    public static string Verb => "lookup-list";
}

/// <summary>A click that opens one entry of a lookup's list.</summary>
internal sealed record OpenLookupEntryAction(string Lookup, string List, string Item) : ICardAction
{
    public static string Verb => "lookup-entry";
}
