using Guidebot.BotFramework.Cards;
using Guidebot.Cards;

namespace Guidebot.Bot.Navigation;

/// <summary>The guided tools (walk-throughs, checklists, lookups) an area card offers above its list of items.</summary>
internal static class AreaTools
{
    private static readonly Dictionary<string, Func<IReadOnlyList<SubmitAction>>> Tools = new(StringComparer.Ordinal)
    {
        ["raaderum"] = Cards.WalkthroughTools.Raaderum,
        ["spoergeteknik"] = Cards.WalkthroughTools.Spoergeteknik,
        ["motivation"] = Cards.WalkthroughTools.Motivation,
        [StepUpCards.AreaId] = StepUpCards.Tools,
        [Bot.Actions.EmployerLookup.AreaId] = EmployerCards.Tools,
        ["kompetencefelter"] = () => [Cards.SelfAssessmentCards.StartButton()],
    };

    public static IReadOnlyList<SubmitAction> For(string areaId) =>
        Tools.TryGetValue(areaId, out var tools) ? tools() : [];
}
