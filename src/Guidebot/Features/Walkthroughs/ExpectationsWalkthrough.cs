using System.Globalization;
using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// The conversation script for forventningsafstemning with a citizen: the three premises first, then the
/// five tips as "Trin n af 5" (each the source's words, to say or ask), ending in the summary "hvem gør hvad?"
/// with råderum guideline 10.
/// </summary>
internal sealed class ExpectationsWalkthrough : WalkthroughScript
{
    public const string WalkId = "forventning";
    public const string PremisesPage = "foer";
    public const string SummaryPage = "opsamling";
    public const string TipsItemId = "motivation-samtaletips";
    public const string SummaryItemId = "raaderum-10";

    private readonly Item _premises;
    private readonly Item _tips;
    private readonly IReadOnlyList<string> _steps;
    private readonly Item _summary;
    private readonly Area _area;

    public ExpectationsWalkthrough(Guide guide)
        : base(WalkId, PremisesPage)
    {
        _premises = Require(guide, "motivation-forudsaetninger");
        _tips = Require(guide, TipsItemId);
        _steps = _tips.Body.OfType<NumberedList>().FirstOrDefault()?.Texts
            ?? throw new InvalidOperationException($"The walk-through '{WalkId}' needs the steps of '{TipsItemId}'.");
        _summary = Require(guide, SummaryItemId);
        _area = guide.FindArea(_tips.AreaId)!;
    }

    public override WalkthroughPage? Page(string key) => key switch
    {
        PremisesPage => new(
            WalkthroughTexts.BeforeTheTalkProgress,
            _premises.Title,
            [.. WalkthroughCards.Whole(_premises)],
            [new(WalkthroughTexts.StartButton, Key(1), ["videre", "næste"])]),
        SummaryPage => new(WalkthroughTexts.ExpectationsName, WalkthroughTexts.SummaryTitle, [.. WalkthroughCards.Section(_summary)], [
            new(BotTexts.PreviousButton, Key(_steps.Count)),
            new(WalkthroughTexts.RestartButton, PremisesPage),
        ])
        {
            Ends = true,
            Links = [new SubmitAction { Title = WalkthroughTexts.ToAreaButton(_area.Title), Data = ActionData.OpenArea(_area.Id) }],
        },
        _ when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _steps.Count => Step(number),
        _ => null,
    };

    private WalkthroughPage Step(int number) => new(
        WalkthroughTexts.StepProgress(WalkthroughTexts.ExpectationsName, number, _steps.Count),
        WalkthroughTexts.StepTitle(number, _steps.Count),
        [
            new TextBlock { Text = WalkthroughTexts.TalkAbout, IsSubtle = true, Wrap = true },
            WalkthroughCards.Said([_steps[number - 1]]),
            ItemCards.SourceLine(_tips.Source),
        ],
        PreviousNext(number == 1 ? PremisesPage : Key(number - 1), number == _steps.Count ? SummaryPage : Key(number + 1)));

    private static string Key(int number) => number.ToString(CultureInfo.InvariantCulture);
}
