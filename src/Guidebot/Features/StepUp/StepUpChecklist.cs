using Guidebot.Knowledge.Content;

namespace Guidebot.Features.StepUp;

/// <summary>One barrier's step-up checklist, assembled from the content by id: sections of tickable points.</summary>
internal sealed record StepUpChecklist(string Barrier, IReadOnlyList<StepUpSection> Sections)
{
    public IEnumerable<StepUpPoint> Points => Sections.SelectMany(section => section.Points);

    public int Count => Sections.Sum(section => section.Points.Count);

    /// <summary>The ids of <paramref name="ids"/> that are points of this checklist, in checklist order.</summary>
    public IReadOnlyList<string> Known(IEnumerable<string> ids)
    {
        var set = ids.ToHashSet(StringComparer.Ordinal);
        return [.. Points.Select(point => point.Id).Where(set.Contains)];
    }
}

/// <summary>
/// A part of the checklist: the bot's label, the source's own heading for the points, the item they come
/// from (for the source line), the points, and whether it is a reminder to set apart (HUSK samtykke).
/// </summary>
internal sealed record StepUpSection(string Label, string Heading, Item Item, IReadOnlyList<StepUpPoint> Points, bool IsReminder = false);

/// <summary>A tickable point: its toggle id (stable: checklist id + item id) and the source's words.</summary>
internal sealed record StepUpPoint(string Id, string Text);
