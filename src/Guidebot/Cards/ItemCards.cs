using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Features.Feedback;
using Guidebot.Features.Sharing;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Cards;

/// <summary>
/// One item of the guide as a card, laid out for use in the moment on a phone or in a Teams side panel: the
/// first screen holds at most <see cref="FirstScreenCharacters"/> characters of the item's text, its questions or
/// checklist first when the text before them would not leave room; the rest waits behind "Vis resten".
/// </summary>
internal static class ItemCards
{
    /// <summary>
    /// Characters of an item's text on the first screen: about fifteen lines at 360 px, the narrowest phone and a
    /// Teams side panel, so the first screen fits without scrolling past the title.
    /// </summary>
    public const int FirstScreenCharacters = 600;

    /// <summary>At most this many "Se også" links: more is a list to read, not a next step.</summary>
    public const int MaxRelated = 3;

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
                FeedbackCards.Row(item.Id),
                .. Related(guide, item),
            ],
            Actions =
            [
                .. index > 0 ? new[] { Open(BotTexts.PreviousButton, area.Items[index - 1]) } : [],
                .. index < area.Items.Count - 1 ? new[] { Open(BotTexts.NextButton, area.Items[index + 1]) } : [],
                NavigationButtons.Back(),
                NavigationButtons.Menu(),
                MoreButton.ForItem(item),
            ],
        };
    }

    /// <summary>The body: the first screen, then everything else folded behind "Vis resten".</summary>
    public static IEnumerable<CardElement> Body(IReadOnlyList<Block> blocks)
    {
        var elements = SplitLongOpening(QuestionsFirst(blocks)).SelectMany(BlockLayout.Render).ToList();
        var shown = FirstScreen(elements);
        if (shown == elements.Count)
        {
            return elements;
        }

        return
        [
            .. elements.Take(shown),
            new Container { Id = FoldedId, IsVisible = false, Items = [.. elements.Skip(shown)] },
            new ActionSet { Actions = [new ToggleVisibilityAction { Title = BotTexts.ShowMoreButton, TargetElements = [FoldedId] }] },
        ];
    }

    /// <summary>"Kilde: …, s. N", with the document's title as a link where it has a public address.</summary>
    public static TextBlock SourceLine(SourceReference source) =>
        new() { Text = BotTexts.Source(Describe(source)), Size = FontSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.Medium };

    public static SubmitAction Open(string title, Item item) => CardAction.Button(title, new OpenItemAction(item.Id));

    private static string Describe(SourceReference source) =>
        source.Document.Url is { } url
            ? string.Join(", ", new[] { $"[{source.Document.Title}]({url.AbsoluteUri})", source.Section, source.Pages is null ? null : $"s. {source.Pages}" }.OfType<string>())
            : source.ToString();

    private static IEnumerable<CardElement> Related(Guide guide, Item item)
    {
        var related = item.Related.Select(guide.FindItem).OfType<Item>().Take(MaxRelated).ToList();
        return related.Count == 0
            ? []
            : [
                new TextBlock { Text = BotTexts.SeeAlso, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                .. NavigationButtons.Links(related.Select(r => Open(r.Title, r))),
            ];
    }

    // Elements in order while they fit; always at least one, so the first screen is never empty.
    private static int FirstScreen(List<CardElement> elements)
    {
        var (shown, length) = (0, 0);
        while (shown < elements.Count && (shown == 0 || length + CardText.Length(elements[shown]) <= FirstScreenCharacters))
        {
            length += CardText.Length(elements[shown]);
            shown++;
        }

        return shown;
    }

    // A consultant mid-conversation reaches for the questions or the checklist: when the text before the first of
    // them would fill the first screen, they move to the top (with the heading or lead-in sentence that introduces
    // them) and that text follows.
    private static IReadOnlyList<Block> QuestionsFirst(IReadOnlyList<Block> blocks)
    {
        var first = blocks.ToList().FindIndex(block => block is QuestionList or Checklist);
        if (first < 0)
        {
            return blocks;
        }

        var start = first;
        while (start > 0 && first - start < 2 && Introduces(blocks[start - 1]))
        {
            start--;
        }

        var before = blocks.Take(start).Sum(Length);
        return before + blocks.Skip(start).Take(first - start).Sum(Length) + FirstEntryLength(blocks[first]) <= FirstScreenCharacters
            ? blocks
            : [.. blocks.Skip(start).Take(first - start + 1), .. blocks.Take(start), .. blocks.Skip(first + 1)];
    }

    // A first paragraph longer than the first screen is cut after its last sentence that fits; the rest follows folded.
    private static IReadOnlyList<Block> SplitLongOpening(IReadOnlyList<Block> blocks)
    {
        if (blocks is not [Paragraph { Text.Length: > FirstScreenCharacters } opening, ..])
        {
            return blocks;
        }

        var cut = SentenceEnd(opening.Text);
        return cut <= 0
            ? blocks
            : [new Paragraph(opening.Text[..cut].TrimEnd()), new Paragraph(opening.Text[cut..].TrimStart()), .. blocks.Skip(1)];
    }

    private static int SentenceEnd(string text)
    {
        for (var at = FirstScreenCharacters - 1; at > 0; at--)
        {
            if (text[at - 1] is '.' or '?' or '!' && text[at] == ' ')
            {
                return at;
            }
        }

        return text.LastIndexOf(' ', FirstScreenCharacters - 1);
    }

    private static bool Introduces(Block block) =>
        block is Heading || (block is Paragraph paragraph && paragraph.Text.TrimEnd().EndsWith(':'));

    private static int FirstEntryLength(Block block) => block switch
    {
        Checklist { Title: { } title } checklist => title.Length + checklist.Texts[0].Length,
        EntryList list => list.Texts[0].Length,
        _ => Length(block),
    };

    private static int Length(Block block) => BlockText.Segments(block).Sum(text => text.Length);
}
