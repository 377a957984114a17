using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// Karl Tomm's question types: the four types as a 2×2 grid (factual upper half, reflective lower half),
/// "Hvad vil du opnå?", the matching example questions to read aloud, then the development zone.
/// </summary>
internal sealed class KarlTommWalkthrough : WalkthroughScript
{
    public const string WalkId = "karl-tomm";
    public const string OverviewPage = "overblik";
    public const string GoalPage = "maal";
    public const string FactualPage = "faktuelle";
    public const string ReflectivePage = "perspektiver";
    public const string ZonesPage = "zoner";

    /// <summary>Types 1 and 4 (the upper, factual half) and types 2 and 3 (the lower, reflective half), as the source numbers them.</summary>
    public static readonly IReadOnlyList<string> FactualItemIds = ["spoergeteknik-fortid-enkle", "spoergeteknik-fremtid-enkle"];
    public static readonly IReadOnlyList<string> ReflectiveItemIds = ["spoergeteknik-fortid-komplekse", "spoergeteknik-fremtid-komplekse"];

    private readonly Item _types;
    private readonly IReadOnlyList<Item> _factual;
    private readonly IReadOnlyList<Item> _reflective;
    private readonly Item _halves;
    private readonly Item _zones;
    private readonly Area _area;

    public KarlTommWalkthrough(Guide guide)
        : base(WalkId, OverviewPage)
    {
        _types = Require(guide, "spoergeteknik-karl-tomm");
        _factual = [.. FactualItemIds.Select(id => Require(guide, id))];
        _reflective = [.. ReflectiveItemIds.Select(id => Require(guide, id))];
        _halves = Require(guide, "spoergeteknik-halvdele");
        _zones = Require(guide, "spoergeteknik-zoner");
        _area = guide.FindArea(_types.AreaId)!;
    }

    private static WalkthroughChoice Factual => new(WalkthroughTexts.FactualChoice, FactualPage, ["faktuelle", "konkrete forhold"]);

    private static WalkthroughChoice Reflective => new(WalkthroughTexts.ReflectiveChoice, ReflectivePage, ["perspektiver", "refleksion", "komplekse"]);

    private static WalkthroughChoice Zones => new(WalkthroughTexts.ZonesButton, ZonesPage, ["zoner", "zonerne"]);

    public override WalkthroughPage? Page(string key) => key switch
    {
        OverviewPage => Overview(),
        GoalPage => new(WalkthroughTexts.GoalProgress, WalkthroughTexts.GoalQuestion, [.. WalkthroughCards.Whole(_halves)], [Factual, Reflective, new(BotTexts.PreviousButton, OverviewPage)]),
        FactualPage => Questions(WalkthroughTexts.FactualTitle, _factual, [Zones, Reflective, new(BotTexts.PreviousButton, GoalPage)]),
        ReflectivePage => Questions(WalkthroughTexts.ReflectiveTitle, _reflective, [Zones, Factual, new(BotTexts.PreviousButton, GoalPage)]),
        ZonesPage => new(WalkthroughTexts.ZonesProgress, _zones.Title, [.. WalkthroughCards.Whole(_zones)], [new(WalkthroughTexts.ChooseAgainButton, GoalPage), new(WalkthroughTexts.RestartButton, OverviewPage)])
        {
            Ends = true,
            Links = [new SubmitAction { Title = WalkthroughTexts.ToAreaButton(_area.Title), Data = ActionData.OpenArea(_area.Id) }],
        },
        _ => null,
    };

    // The source's list of the four types becomes the grid; the rest of the item is shown as it is.
    private WalkthroughPage Overview() => new(
        WalkthroughTexts.KarlTommOverviewProgress,
        _types.Title,
        [
            .. _types.Body.Where(block => block is not BulletList).SelectMany(BlockLayout.Render),
            Caption(WalkthroughTexts.FactualHalf),
            WalkthroughCards.Row(_factual.Select(Cell)),
            Caption(WalkthroughTexts.ReflectiveHalf),
            WalkthroughCards.Row(_reflective.Select(Cell)),
            ItemCards.SourceLine(_types.Source),
        ],
        [new(BotTexts.NextButton, GoalPage, ["videre"])]);

    private static WalkthroughPage Questions(string title, IReadOnlyList<Item> types, IReadOnlyList<WalkthroughChoice> choices) => new(
        WalkthroughTexts.GoalProgress,
        title,
        [
            new TextBlock { Text = WalkthroughTexts.ReadAloud, IsSubtle = true, Wrap = true },
            .. types.SelectMany(type => new CardElement[] { WalkthroughCards.Heading(type.Title) }.Concat(type.Body.OfType<QuestionList>().SelectMany(BlockLayout.Render))),
            .. types.Select(type => type.Source).Distinct().Select(ItemCards.SourceLine),
        ],
        choices);

    private static IReadOnlyList<CardElement> Cell(Item type) => [new TextBlock { Text = type.Title, Weight = FontWeight.Bolder, Wrap = true }];

    private static TextBlock Caption(string text) =>
        new() { Text = text, Size = FontSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.Medium };
}
