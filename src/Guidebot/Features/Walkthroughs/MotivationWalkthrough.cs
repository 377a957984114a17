using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// "Hvad observerer du?": pick what you see in the citizen → the source's reason behind it, how to respond,
/// and the points on paid hours that fit; the job road is one click away.
/// </summary>
internal sealed class MotivationWalkthrough : WalkthroughScript
{
    public const string WalkId = "motivation";
    public const string ObservePage = "observer";
    public const string JobRoadPage = "jobvejen";
    public const string ReasonsItemId = "motivation-modstand";
    public const string PaidHoursItemId = "motivation-loennede-timer";

    private readonly Item _reasons;
    private readonly Item _paidHours;
    private readonly Item _jobRoad;
    private readonly IReadOnlyList<Observation> _observations;

    public MotivationWalkthrough(Guide guide)
        : base(WalkId, ObservePage)
    {
        _reasons = Require(guide, ReasonsItemId);
        _paidHours = Require(guide, PaidHoursItemId);
        _jobRoad = Require(guide, "motivation-jobvejen");
        var reasons = Bullets(_reasons, 4);
        var paid = Bullets(_paidHours, 6);
        var opening = _reasons.Body.OfType<Paragraph>().First().Text;
        var newColleague = Require(guide, "motivation-kommende-medarbejder");
        var frames = Require(guide, "motivation-rammer");
        _observations =
        [
            new("mistet-troen", WalkthroughTexts.LostFaith, reasons[0], newColleague, [paid[4], paid[0]]),
            new("bange-for-kravene", WalkthroughTexts.AfraidOfDemands, reasons[1], frames, [paid[2], paid[4]]),
            new("arbejdsidentitet", WalkthroughTexts.NoWorkIdentity, reasons[2], frames, [paid[4], paid[5]]),
            new("helbred-sociale", WalkthroughTexts.HeavyProblems, reasons[3], newColleague, [paid[0], paid[2]]),
            new("praktik", WalkthroughTexts.ResistsPraktik, opening, frames, [paid[1], paid[2]]),
        ];
    }

    /// <summary>The page key of each observation, in the order the choices show them.</summary>
    public IEnumerable<string> ObservationPages => _observations.Select(o => o.Page);

    public override WalkthroughPage? Page(string key) => key switch
    {
        ObservePage => new(WalkthroughTexts.ObserveProgress, WalkthroughTexts.ObserveQuestion, [], [.. _observations.Select(o => new WalkthroughChoice(o.Label, o.Page))]),
        JobRoadPage => new(WalkthroughTexts.ObserveProgress, _jobRoad.Title, [.. WalkthroughCards.Whole(_jobRoad)], [OtherObservation]),
        _ => _observations.FirstOrDefault(o => o.Page == key) is { } observation ? Observed(observation) : null,
    };

    private static WalkthroughChoice OtherObservation => new(WalkthroughTexts.OtherObservationButton, ObservePage, ["anden", "andet"]);

    private WalkthroughPage Observed(Observation observation) => new(
        WalkthroughTexts.ObserveProgress,
        observation.Label,
        [
            WalkthroughCards.Heading(WalkthroughTexts.BehindIt),
            BlockLayout.Text(observation.Behind),
            ItemCards.SourceLine(_reasons.Source),
            WalkthroughCards.Heading(WalkthroughTexts.HowToRespond),
            .. WalkthroughCards.Whole(observation.Response),
            WalkthroughCards.Heading(WalkthroughTexts.PaidHours),
            .. observation.PaidHours.Select(point => new TextBlock { Text = $"• {point}", Wrap = true, Spacing = Spacing.Small }),
            ItemCards.SourceLine(_paidHours.Source),
        ],
        [new(WalkthroughTexts.JobRoadButton, JobRoadPage), OtherObservation]);

    /// <summary>What the consultant observes (the bot's label) and the source's text for it.</summary>
    private sealed record Observation(string Page, string Label, string Behind, Item Response, IReadOnlyList<string> PaidHours);
}
