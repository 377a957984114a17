using Guidebot.BotFramework.Cards;
using Guidebot.Features.Assessment;
using Guidebot.Features.Employers;
using Guidebot.Features.StepUp;
using Guidebot.Features.Walkthroughs;

namespace Guidebot.Features.Browse;

/// <summary>The guided tools (walk-throughs, checklists, lookups) an area card offers above its list of items.</summary>
internal static class AreaTools
{
    private static readonly Dictionary<string, Func<IReadOnlyList<SubmitAction>>> Tools = new(StringComparer.Ordinal)
    {
        ["raaderum"] = WalkthroughTools.Raaderum,
        ["spoergeteknik"] = WalkthroughTools.Spoergeteknik,
        ["motivation"] = WalkthroughTools.Motivation,
        [StepUpCards.AreaId] = StepUpCards.Tools,
        [EmployerLookup.AreaId] = EmployerCards.Tools,
        ["kompetencefelter"] = () => [SelfAssessmentCards.StartButton()],
    };

    public static IReadOnlyList<SubmitAction> For(string areaId) =>
        Tools.TryGetValue(areaId, out var tools) ? tools() : [];
}
