using Guidebot.Bot.Actions;

namespace Guidebot.Features.Sharing;

/// <summary>"Kopiér som tekst" on an item card: the item as a plain-text message.</summary>
internal sealed record CopyItemAction(string Item) : ICardAction
{
    public static string Verb => "item-copy";
}

/// <summary>"Del" on an item card: the card as it is shared into other chats, with how to do that.</summary>
internal sealed record ShareItemAction(string Item) : ICardAction
{
    public static string Verb => "item-share";
}

/// <summary>"Kopiér som tekst" on a checklist: its sections and points as plain text, never the ticks.</summary>
internal sealed record CopyChecklistAction(string List) : ICardAction
{
    public static string Verb => "checklist-copy";
}

/// <summary>"Del" on a checklist: the list as a read-only card, without ticks, with how to share it.</summary>
internal sealed record ShareChecklistAction(string List) : ICardAction
{
    public static string Verb => "checklist-share";
}
