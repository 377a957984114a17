using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Cards;

/// <summary>One item of the guide as a card: title, body laid out for scanning, source, related items, navigation.</summary>
internal static class ItemCards
{
    /// <summary>Past this many characters of text, the rest of the body is folded behind "Vis resten".</summary>
    public const int FoldAfterCharacters = 900;
    private const string FoldedId = "resten";

    public static AdaptiveCard Item(Guide guide, Item item)
    {
        var area = guide.FindArea(item.AreaId)!;
        var index = area.IndexOf(item);
        return new AdaptiveCard
        {
            Speak = item.Title,
            FallbackText = item.Title,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                new TextBlock { Text = BotTexts.Position(area.Title, index + 1, area.Items.Count), Size = FontSize.Small, IsSubtle = true, Wrap = true },
                new TextBlock { Text = item.Title, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
                .. Body(item.Body),
                SourceLine(item.Source),
                .. Related(guide, item),
            ],
            Actions =
            [
                .. index > 0 ? new[] { Open(BotTexts.PreviousButton, area.Items[index - 1]) } : [],
                .. index < area.Items.Count - 1 ? new[] { Open(BotTexts.NextButton, area.Items[index + 1]) } : [],
                NavigationButtons.Back(),
                NavigationButtons.Menu(),
            ],
        };
    }

    /// <summary>The body, with everything after the first screenful folded away on long items.</summary>
    public static IEnumerable<CardElement> Body(IReadOnlyList<Block> blocks)
    {
        var shown = 0;
        var length = 0;
        while (shown < blocks.Count && (shown == 0 || length + Length(blocks[shown]) <= FoldAfterCharacters))
        {
            length += Length(blocks[shown]);
            shown++;
        }

        var visible = blocks.Take(shown).SelectMany(BlockLayout.Render);
        if (shown == blocks.Count)
        {
            return visible;
        }

        return
        [
            .. visible,
            new Container { Id = FoldedId, IsVisible = false, Items = [.. blocks.Skip(shown).SelectMany(BlockLayout.Render)] },
            new ActionSet { Actions = [new ToggleVisibilityAction { Title = BotTexts.ShowMoreButton, TargetElements = [FoldedId] }] },
        ];
    }

    public static TextBlock SourceLine(SourceReference source) =>
        new() { Text = BotTexts.Source(source.ToString()), Size = FontSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.Medium };

    public static SubmitAction Open(string title, Item item) => CardAction.Button(title, new OpenItemAction(item.Id));

    private static IEnumerable<CardElement> Related(Guide guide, Item item)
    {
        var related = item.Related.Select(guide.FindItem).OfType<Item>().ToList();
        return related.Count == 0
            ? []
            : [
                new TextBlock { Text = BotTexts.SeeAlso, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                .. NavigationButtons.Links(related.Select(r => Open(r.Title, r))),
            ];
    }

    private static int Length(Block block) => BlockText.Segments(block).Sum(text => text.Length);
}
