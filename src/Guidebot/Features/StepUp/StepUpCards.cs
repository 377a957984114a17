using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Texts;

namespace Guidebot.Features.StepUp;

/// <summary>The step-up checklists: choosing the barrier type, the checklist of toggles, and the status after saving.</summary>
internal static class StepUpCards
{
    public const string AreaId = "step-up";

    /// <summary>The step-up area card's tool buttons.</summary>
    public static IReadOnlyList<SubmitAction> Tools() =>
        [
            new SubmitAction { Title = StepUpTexts.ToolHealth, Data = StepUpActions.OpenChecklist(StepUpChecklists.Health) },
            new SubmitAction { Title = StepUpTexts.ToolFamily, Data = StepUpActions.OpenChecklist(StepUpChecklists.Family) },
        ];

    public static AdaptiveCard Choice(StepUpChecklists checklists, StepUpProgress progress) => new()
    {
        Speak = StepUpTexts.ChoiceTitle,
        FallbackText = StepUpTexts.ChoiceTitle,
        Body =
        [
            Title(StepUpTexts.ChoiceTitle),
            new TextBlock { Text = StepUpTexts.ChoicePrompt, Wrap = true },
            .. NavigationButtons.Rows(checklists.All.Select(checklist => (AdaptiveAction)new SubmitAction
            {
                Title = StepUpTexts.ChoiceButton(BarrierButton(checklist.Barrier), progress.For(checklist.Barrier).Count, checklist.Count),
                Data = StepUpActions.OpenChecklist(checklist.Barrier),
            })),
        ],
        Actions = [BackToArea(), NavigationButtons.Menu()],
    };

    /// <summary>Every point as a toggle, pre-ticked from <paramref name="ticked"/>; no free-text inputs.</summary>
    public static AdaptiveCard Checklist(StepUpChecklist checklist, IReadOnlySet<string> ticked, string? notice = null) => new()
    {
        Speak = StepUpTexts.ChecklistTitle(checklist.Barrier),
        FallbackText = StepUpTexts.ChecklistTitle(checklist.Barrier),
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            Title(StepUpTexts.ChecklistTitle(checklist.Barrier)),
            .. notice is null ? [] : new[] { new TextBlock { Text = notice, Color = TextColor.Good, Wrap = true } },
            ProgressLine(checklist, ticked),
            new TextBlock { Text = StepUpTexts.ChecklistHint, Size = FontSize.Small, IsSubtle = true, Wrap = true },
            .. checklist.Sections.Select(section => ToggleSection(section, ticked)),
        ],
        Actions =
        [
            new SubmitAction { Title = StepUpTexts.SaveButton, Data = StepUpActions.SaveChecklist(checklist.Barrier), Style = ActionStyle.Positive },
            new SubmitAction { Title = StepUpTexts.ResetButton, Data = StepUpActions.ResetChecklist(checklist.Barrier), AssociatedInputs = AssociatedInputs.None },
            BackToChoice(),
            NavigationButtons.Menu(),
        ],
    };

    /// <summary>Per section, what is still missing and what is done.</summary>
    public static AdaptiveCard Summary(StepUpChecklist checklist, IReadOnlySet<string> ticked) => new()
    {
        Speak = StepUpTexts.SummaryTitle(checklist.Barrier),
        FallbackText = StepUpTexts.SummaryTitle(checklist.Barrier),
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            Title(StepUpTexts.SummaryTitle(checklist.Barrier)),
            ProgressLine(checklist, ticked),
            .. checklist.Sections.Select(section => SummarySection(section, ticked)),
            new TextBlock { Text = checklist.Points.All(point => ticked.Contains(point.Id)) ? StepUpTexts.AllDone : StepUpTexts.UpdateHint, Wrap = true, Spacing = Spacing.Medium },
        ],
        Actions = [BackToChoice(), NavigationButtons.Menu()],
    };

    private static TextBlock Title(string text) =>
        new() { Text = text, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true };

    private static TextBlock ProgressLine(StepUpChecklist checklist, IReadOnlySet<string> ticked) =>
        new() { Text = StepUpTexts.Progress(checklist.Points.Count(point => ticked.Contains(point.Id)), checklist.Count), Weight = FontWeight.Bolder, Wrap = true };

    private static Container ToggleSection(StepUpSection section, IReadOnlySet<string> ticked) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Style = section.IsReminder ? ContainerStyle.Warning : null,
        Items =
        [
            new TextBlock { Text = section.Label, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = section.Heading, IsSubtle = true, Wrap = true, Spacing = Spacing.Small },
            .. section.Points.Select(point => new ToggleInput { Id = point.Id, Title = PlainText(point.Text), Wrap = true, Value = ticked.Contains(point.Id) ? "true" : null }),
            ItemCards.SourceLine(section.Item.Source),
        ],
    };

    // Missing first: that is what the consultant still has to do.
    private static Container SummarySection(StepUpSection section, IReadOnlySet<string> ticked) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock { Text = StepUpTexts.SectionProgress(section.Label, section.Points.Count(point => ticked.Contains(point.Id)), section.Points.Count), Weight = FontWeight.Bolder, Wrap = true },
            .. section.Points.Where(point => !ticked.Contains(point.Id)).Select(point => Line(StepUpTexts.Missing(point.Text), null)),
            .. section.Points.Where(point => ticked.Contains(point.Id)).Select(point => Line(StepUpTexts.Done(point.Text), TextColor.Good)),
        ],
    };

    // A toggle's title is plain text: the content's **bold** markers would show as asterisks.
    private static string PlainText(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal);

    private static TextBlock Line(string text, TextColor? color) => new() { Text = text, Color = color, Wrap = true, Spacing = Spacing.Small };

    private static string BarrierButton(string barrier) =>
        barrier == StepUpChecklists.Health ? StepUpTexts.HealthButton : StepUpTexts.FamilyButton;

    private static SubmitAction BackToArea() => new() { Title = BotTexts.BackButton, Data = ActionData.OpenArea(AreaId) };

    private static SubmitAction BackToChoice() => new() { Title = BotTexts.BackButton, Data = StepUpActions.Choose(), AssociatedInputs = AssociatedInputs.None };
}
