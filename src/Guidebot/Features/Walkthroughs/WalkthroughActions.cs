using Guidebot.Bot.Actions;

namespace Guidebot.Features.Walkthroughs;

/// <summary>
/// A click on a walk-through button: which walk-through, and at which page (its first when absent). Every
/// button of a walk-through begins it at the page it names, so a click on an old card shows what it says.
/// </summary>
internal sealed record StartWalkthroughAction(string Walk, string? Page = null) : ICardAction
{
    public static string Verb => "walk";
}
