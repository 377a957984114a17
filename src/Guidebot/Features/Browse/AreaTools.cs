using Guidebot.BotFramework.Cards;
using Guidebot.Features.Assessment;
using Guidebot.Features.Checklists;
using Guidebot.Features.Lookups;
using Guidebot.Features.Walkthroughs;
using Guidebot.Knowledge.Onboarding;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Features.Browse;

/// <summary>The buttons an area card offers above its items: the tools of cards/tools/ that name the area, and the self-assessment on its fields' area.</summary>
internal sealed class AreaTools(Toolbox tools, Course course)
{
    public IReadOnlyList<SubmitAction> For(string areaId) =>
    [
        .. tools.ForArea(areaId).SelectMany(tool => tool switch
        {
            Walkthrough walk => [WalkthroughCards.Start(walk)],
            ChecklistTool checklists => ChecklistCards.Open(checklists),
            Lookup lookup => LookupCards.Open(lookup),
            _ => [],
        }),
        .. course.SelfAssessment.Fields[0].Definition.AreaId == areaId ? [SelfAssessmentCards.StartButton()] : Array.Empty<SubmitAction>(),
    ];
}
