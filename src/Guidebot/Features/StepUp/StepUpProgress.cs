using System.Text.Json.Serialization;

namespace Guidebot.Features.StepUp;

/// <summary>
/// What the conversation keeps of the step-up checklists: per barrier type, the ids of the ticked points.
/// Nothing else — no names, notes or free text (the checklist card has no text inputs).
/// </summary>
internal sealed record StepUpProgress(
    [property: JsonPropertyName("ticked")] IReadOnlyDictionary<string, IReadOnlyList<string>> Ticked)
{
    public static StepUpProgress Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    public IReadOnlySet<string> For(string barrier) =>
        Ticked.TryGetValue(barrier, out var ids) ? ids.ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);

    public StepUpProgress With(string barrier, IReadOnlyList<string> ids)
    {
        var ticked = new Dictionary<string, IReadOnlyList<string>>(Ticked, StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            ticked.Remove(barrier);
        }
        else
        {
            ticked[barrier] = ids;
        }

        return new StepUpProgress(ticked);
    }
}
