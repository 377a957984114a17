using System.Globalization;
using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// The conversation script for forventningsafstemning with an employer, in the source's order: before the
/// call, expectations from the start, the opening dialogue, talking about paid hours, preparing the
/// employer for the praktik; ending in the summary "hvem gør hvad?" with the clear agreements of the start-up meeting.
/// </summary>
internal sealed class EmployerExpectationsWalkthrough : WalkthroughScript
{
    public const string WalkId = "forventning-virksomhed";
    public const string SummaryPage = "opsamling";
    public const string SummaryItemId = "praktik-guide-opstart";

    public static readonly IReadOnlyList<string> StepItemIds =
    [
        "virksomheder-tip-kontakt",
        "virksomheder-forventningsafstemning",
        "virksomheder-indledende-dialog",
        "virksomheder-tal-om-loennede-timer",
        "praktik-guide-virksomhed",
    ];

    private readonly IReadOnlyList<Item> _steps;
    private readonly Item _summary;
    private readonly Area _area;

    public EmployerExpectationsWalkthrough(Guide guide)
        : base(WalkId, "1")
    {
        _steps = [.. StepItemIds.Select(id => Require(guide, id))];
        _summary = Require(guide, SummaryItemId);
        _area = guide.FindArea(_steps[0].AreaId)!;
    }

    public override WalkthroughPage? Page(string key) => key switch
    {
        SummaryPage => new(WalkthroughTexts.EmployerExpectationsName, WalkthroughTexts.SummaryTitle, [.. WalkthroughCards.Section(_summary)], [
            new(BotTexts.PreviousButton, Key(_steps.Count)),
            new(WalkthroughTexts.RestartButton, Key(1)),
        ])
        {
            Ends = true,
            Links = [new SubmitAction { Title = WalkthroughTexts.ToAreaButton(_area.Title), Data = ActionData.OpenArea(_area.Id) }],
        },
        _ when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _steps.Count => Step(number),
        _ => null,
    };

    private WalkthroughPage Step(int number)
    {
        var item = _steps[number - 1];
        return new(
            WalkthroughTexts.StepProgress(WalkthroughTexts.EmployerExpectationsName, number, _steps.Count),
            item.Title,
            [.. WalkthroughCards.Whole(item)],
            PreviousNext(number == 1 ? null : Key(number - 1), number == _steps.Count ? SummaryPage : Key(number + 1)));
    }

    private static string Key(int number) => number.ToString(CultureInfo.InvariantCulture);
}
