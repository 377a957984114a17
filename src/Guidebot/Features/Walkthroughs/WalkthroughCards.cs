using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Features.Browse;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Texts;

namespace Guidebot.Features.Walkthroughs;

/// <summary>A walk-through's pages as cards: where you are, the title, the content, the ways on, and a way back.</summary>
internal static class WalkthroughCards
{
    /// <summary>Up to this many ways on share one row of buttons; more become a list of rows.</summary>
    private const int WaysInOneRow = 3;

    /// <summary>The button that starts the walk-through, e.g. on its area's card.</summary>
    public static SubmitAction Start(Walkthrough walk) => CardAction.Button(walk.Title, new StartWalkthroughAction(walk.Id));

    public static AdaptiveCard Page(Guide guide, Walkthrough walk, WalkthroughPage page, string? notice = null) => new()
    {
        Speak = page.Title,
        FallbackText = page.Title,
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            .. notice is null ? [] : new[] { new TextBlock { Text = notice, Color = TextColor.Attention, Wrap = true } },
            new TextBlock { Text = page.Progress, Size = FontSize.Small, IsSubtle = true, Wrap = true },
            new TextBlock { Text = page.Title, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
            .. page.Sections.SelectMany(section => Section(page, section)),
            .. Ways(walk, WalkthroughWays.Of(page)),
        ],
        Actions =
        [
            .. page.Ends && walk.AreaId is { } areaId && guide.FindArea(areaId) is { } area
                ? [CardAction.Button(WalkthroughTexts.ToAreaButton(area.Title), new OpenAreaAction(area.Id))]
                : Array.Empty<SubmitAction>(),
            .. page.Ends ? [] : new[] { NavigationButtons.Back() },
            NavigationButtons.Menu(),
        ],
    };

    private static IEnumerable<CardElement> Section(WalkthroughPage page, PageSection section) =>
    [
        .. section.Heading is { } heading ? [Subheading(heading)] : Array.Empty<CardElement>(),
        .. section.Lead is { } lead ? [new TextBlock { Text = lead, IsSubtle = true, Wrap = true }] : Array.Empty<CardElement>(),
        .. section.Note is { } note ? [BlockLayout.NoteText(note)] : Array.Empty<CardElement>(),
        .. Parts(page, section.Parts),
    ];

    // A page that is one item shows it folded like its own card; several parts show in full, each run of
    // parts from one item under one source line (and under the item's title when the page is not titled by it).
    private static IEnumerable<CardElement> Parts(WalkthroughPage page, IReadOnlyList<ContentPart> parts)
    {
        if (parts is [{ Block: null } whole] && whole.Item.Title == page.Title)
        {
            return [.. ItemCards.Body(whole.Item.Body), ItemCards.SourceLine(whole.Item.Source)];
        }

        return Runs(parts).SelectMany(run => (IEnumerable<CardElement>)
        [
            .. run[0].Block is null && run[0].Item.Title != page.Title ? [Subheading(run[0].Item.Title)] : Array.Empty<CardElement>(),
            .. run.SelectMany(part => part.Blocks).SelectMany(BlockLayout.Render),
            ItemCards.SourceLine(run[0].Item.Source),
        ]);
    }

    private static IEnumerable<List<ContentPart>> Runs(IReadOnlyList<ContentPart> parts)
    {
        var run = new List<ContentPart>();
        foreach (var part in parts)
        {
            if (run.Count > 0 && (run[0].Item.Id != part.Item.Id || part.Block is null))
            {
                yield return run;
                run = [];
            }

            run.Add(part);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static TextBlock Subheading(string text) =>
        new() { Text = text, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    private static IEnumerable<CardElement> Ways(Walkthrough walk, IReadOnlyList<PageChoice> ways) =>
        ways.Count <= WaysInOneRow
            ? ways.Count == 0 ? [] : [new ActionSet { Actions = [.. ways.Select(way => Button(walk, way))] }]
            : NavigationButtons.Links(ways.Select(way => Button(walk, way)));

    private static SubmitAction Button(Walkthrough walk, PageChoice way) => CardAction.Button(way.Title, new StartWalkthroughAction(walk.Id, way.Page));
}
