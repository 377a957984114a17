using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Features.Browse;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Texts;

namespace Guidebot.Features.Lookups;

/// <summary>
/// A lookup's cards: the start card with its lists, a list (entries to choose from, or parts shown together),
/// and an entry. Every text of the guide is shown from its item, with its source; headings and prompts are the bot's.
/// </summary>
internal static class LookupCards
{
    /// <summary>The buttons that open a lookup's lists, e.g. on its area's card.</summary>
    public static IEnumerable<SubmitAction> Open(Lookup lookup) =>
        lookup.Lists.Select(list => ListButton(lookup, list));

    public static AdaptiveCard Start(Lookup lookup) => Card(
        lookup.Title,
        [
            new TextBlock { Text = lookup.Intro, Wrap = true },
            .. lookup.Lists.SelectMany(list => list.Entries.Count == 0
                ? NavigationButtons.Links([ListButton(lookup, list)])
                : (IEnumerable<CardElement>)[Subheading(list.Title), .. NavigationButtons.Links(list.Entries.Select(entry => EntryButton(lookup, list, entry)))]),
            .. QuickAccess(lookup),
        ],
        BackToArea(lookup));

    public static AdaptiveCard List(Lookup lookup, LookupList list) => Card(
        list.Title,
        [
            new TextBlock { Text = list.Prompt, Wrap = true },
            .. list.Entries.Select(entry => EntryRow(lookup, list, entry)),
            .. list.Entries.Count == 0 ? [] : new[] { ItemCards.SourceLine(list.Entries[0].Source) },
            .. BlockLayout.Render(new Show(list.Show)),
            .. QuickAccess(lookup),
        ],
        BackToStart(lookup));

    /// <summary>An entry: its own text, then its related items — those with questions show them, the rest as links.</summary>
    public static AdaptiveCard Entry(Guide guide, Lookup lookup, LookupList list, Item entry)
    {
        var index = list.IndexOf(entry);
        var related = entry.Related.Select(guide.FindItem).OfType<Item>().ToList();
        var siblings = related.Where(item => list.FindEntry(item.Id) is not null).ToList();
        var others = related.Except(siblings).ToList();
        var withQuestions = others.Where(item => item.Body.OfType<QuestionList>().Any()).ToList();
        var rest = others.Except(withQuestions).ToList();
        return Card(
            entry.Title,
            [
                new TextBlock { Text = LookupTexts.Position(list.Title, index + 1, list.Entries.Count), Size = FontSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.None },
                .. list.EntryHeading is { } heading ? [Subheading(heading)] : Array.Empty<CardElement>(),
                .. entry.Body.SelectMany(BlockLayout.Render),
                ItemCards.SourceLine(entry.Source),
                .. Group(LookupTexts.QuestionsHeading, withQuestions.Select(QuestionsOf)),
                .. Group(LookupTexts.MoreHeading, NavigationButtons.Links(rest.Select(ItemButton))),
                .. Group(LookupTexts.InListHeading(list.Title), NavigationButtons.Links(siblings.Select(item => EntryButton(lookup, list, item)))),
            ],
            CardAction.Button(BotTexts.BackButton, new OpenLookupListAction(lookup.Id, list.Id)),
            [
                .. index > 0 ? [CardAction.Button(LookupTexts.PreviousButton, new OpenLookupEntryAction(lookup.Id, list.Id, list.Entries[index - 1].Id))] : Array.Empty<SubmitAction>(),
                .. index < list.Entries.Count - 1 ? [CardAction.Button(LookupTexts.NextButton, new OpenLookupEntryAction(lookup.Id, list.Id, list.Entries[index + 1].Id))] : Array.Empty<SubmitAction>(),
            ]);
    }

    private static AdaptiveCard Card(string title, IReadOnlyList<CardElement> body, SubmitAction? back, IReadOnlyList<SubmitAction>? actions = null) => new()
    {
        Speak = title,
        FallbackText = title,
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body = [new TextBlock { Text = title, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true }, .. body],
        Actions = [.. actions ?? [], .. back is null ? [] : new[] { back }, NavigationButtons.Menu()],
    };

    private static IEnumerable<CardElement> Group(string heading, IEnumerable<CardElement> elements)
    {
        var list = elements.ToList();
        return list.Count == 0 ? [] : [Subheading(heading), .. list];
    }

    private static IEnumerable<CardElement> QuickAccess(Lookup lookup) =>
        Group(LookupTexts.QuickAccessHeading, NavigationButtons.Links(lookup.QuickAccess.Select(ItemButton)));

    // An entry as a row: the whole row opens it; its first block tells what it is about.
    private static Container EntryRow(Lookup lookup, LookupList list, Item entry) => new()
    {
        Separator = true,
        SelectAction = EntryButton(lookup, list, entry),
        Items = [new TextBlock { Text = $"› {entry.Title}", Weight = FontWeight.Bolder, Color = TextColor.Accent, Wrap = true }, .. BlockLayout.Render(entry.Body[0])],
    };

    // A related item's own questions, under its title; its prose is one click away on the item card.
    private static Container QuestionsOf(Item item) => new()
    {
        Items =
        [
            new TextBlock { Text = item.Title, Weight = FontWeight.Bolder, Size = FontSize.Small, Wrap = true },
            .. item.Body.Where(block => block is QuestionList or Heading).SelectMany(BlockLayout.Render),
            ItemCards.SourceLine(item.Source),
            .. NavigationButtons.Links([ItemButton(item)]),
        ],
    };

    private static TextBlock Subheading(string text) =>
        new() { Text = text, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    private static SubmitAction ListButton(Lookup lookup, LookupList list) => CardAction.Button(list.Title, new OpenLookupListAction(lookup.Id, list.Id));

    private static SubmitAction EntryButton(Lookup lookup, LookupList list, Item entry) => CardAction.Button(entry.Title, new OpenLookupEntryAction(lookup.Id, list.Id, entry.Id));

    private static SubmitAction ItemButton(Item item) => ItemCards.Open(item.Title, item);

    private static SubmitAction BackToStart(Lookup lookup) => CardAction.Button(BotTexts.BackButton, new OpenLookupAction(lookup.Id));

    private static SubmitAction? BackToArea(Lookup lookup) =>
        lookup.AreaId is { } area ? CardAction.Button(BotTexts.BackButton, new OpenAreaAction(area)) : null;
}
