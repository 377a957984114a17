namespace Guidebot.Features.Checklists;

/// <summary>
/// What the conversation keeps of the checklists: per list id, the ids of the ticked points. Nothing else —
/// no names, notes or free text (the checklist card has no text inputs).
/// </summary>
internal sealed record ChecklistProgress(IReadOnlyDictionary<string, IReadOnlyList<string>> Ticked)
{
    public static ChecklistProgress Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    public IReadOnlySet<string> For(string list) =>
        Ticked.TryGetValue(list, out var ids) ? ids.ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);

    public ChecklistProgress With(string list, IReadOnlyList<string> ids)
    {
        var ticked = new Dictionary<string, IReadOnlyList<string>>(Ticked, StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            ticked.Remove(list);
        }
        else
        {
            ticked[list] = ids;
        }

        return new ChecklistProgress(ticked);
    }
}
