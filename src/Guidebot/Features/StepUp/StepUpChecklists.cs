using Guidebot.Knowledge.Content;

namespace Guidebot.Features.StepUp;

/// <summary>
/// The two step-up checklists (helbred, familie), built once from the step-up area's items by id. Every
/// point is the source's text; toggle ids are "checklist-id.item-id". The per-barrier questions are a
/// questions block, not a checklist: each question becomes a point ticked when it has been discussed, with
/// the id "item-id.n" (n counted from 1), so the consultant reads it aloud from the same line she ticks.
/// </summary>
internal sealed class StepUpChecklists
{
    public const string Health = "helbred";
    public const string Family = "familie";

    private readonly Dictionary<string, StepUpChecklist> _byBarrier;

    public StepUpChecklists(Guide guide)
    {
        All =
        [
            Build(guide, Health, "step-up-spoergsmaal-helbred", "step-up-tjekliste-helbred", "deltagere-helbred", "dokumenter-helbred"),
            Build(guide, Family, "step-up-spoergsmaal-familie", "step-up-tjekliste-familie", "deltagere-familie", "dokumenter-familie"),
        ];
        _byBarrier = All.ToDictionary(checklist => checklist.Barrier, StringComparer.Ordinal);
    }

    public IReadOnlyList<StepUpChecklist> All { get; }

    public StepUpChecklist? Find(string? barrier) => barrier is null ? null : _byBarrier.GetValueOrDefault(barrier);

    // The target-group item's checklist has one point per barrier, named like the barrier.
    private static StepUpChecklist Build(Guide guide, string barrier, string questionsItem, string checklistItem, string participants, string documents) =>
        new(barrier,
        [
            FromChecklist(guide, StepUpTexts.TargetGroupSection, "step-up-maalgruppe", "maalgruppe", ["gruppe-1", barrier]),
            FromQuestions(guide, StepUpTexts.QuestionsSection, questionsItem),
            FromChecklist(guide, StepUpTexts.ParticipantsSection, checklistItem, participants),
            FromChecklist(guide, StepUpTexts.DocumentsSection, checklistItem, documents),
            FromChecklist(guide, StepUpTexts.AgreementSection, "step-up-aftalespoergsmaal", "aftalespoergsmaal"),
            FromChecklist(guide, StepUpTexts.ConsentSection, "step-up-samtykke", "samtykke") with { IsReminder = true },
        ]);

    private static StepUpSection FromChecklist(Guide guide, string label, string itemId, string checklistId, IReadOnlyList<string>? only = null)
    {
        var item = Require(guide, itemId);
        var checklist = item.Body.OfType<Checklist>().FirstOrDefault(c => c.Id == checklistId)
            ?? throw new InvalidOperationException($"Step-up: item '{itemId}' has no checklist '{checklistId}'.");
        var entries = only is null
            ? checklist.Entries
            : [.. only.Select(id => checklist.Entries.FirstOrDefault(entry => entry.Id == id) ?? throw new InvalidOperationException($"Step-up: checklist '{checklistId}' has no item '{id}'."))];
        return new StepUpSection(label, checklist.Title ?? item.Title, item, [.. entries.Select(entry => new StepUpPoint($"{checklist.Id}.{entry.Id}", entry.Text))]);
    }

    private static StepUpSection FromQuestions(Guide guide, string label, string itemId)
    {
        var item = Require(guide, itemId);
        var questions = item.Body.OfType<QuestionList>().SelectMany(list => list.Texts).ToList();
        if (questions.Count == 0)
        {
            throw new InvalidOperationException($"Step-up: item '{itemId}' has no questions.");
        }

        return new StepUpSection(label, item.Title, item, [.. questions.Select((question, index) => new StepUpPoint($"{item.Id}.{index + 1}", question))]);
    }

    private static Item Require(Guide guide, string itemId) =>
        guide.FindItem(itemId) ?? throw new InvalidOperationException($"Step-up: the content has no item '{itemId}'.");
}
