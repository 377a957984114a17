namespace Guidebot.Knowledge.Content;

/// <summary>One content area (one file in cards/). Title and summary are the bot's own wording.</summary>
public sealed record Area(string Id, string Title, string Summary, IReadOnlyList<Item> Items)
{
    public int IndexOf(Item item) => Items.ToList().FindIndex(i => i.Id == item.Id);
}
