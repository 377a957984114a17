using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Features.Browse;
using Guidebot.Features.Sharing;
using Guidebot.Knowledge.Tools;
using Guidebot.Texts;

namespace Guidebot.Features.Checklists;

/// <summary>The checklists: choosing a list of a tool, the list as toggles, and the status after saving.</summary>
internal static class ChecklistCards
{
    /// <summary>The buttons that open a tool's lists, e.g. on its area's card.</summary>
    public static IEnumerable<SubmitAction> Open(ChecklistTool tool) =>
        tool.Lists.Select(list => CardAction.Button(list.Title, new OpenChecklistAction(list.Id)));

    public static AdaptiveCard Choice(ChecklistTool tool, ChecklistProgress progress) => new()
    {
        Speak = tool.Title,
        FallbackText = tool.Title,
        Body =
        [
            Title(tool.Title),
            new TextBlock { Text = tool.Prompt, Wrap = true },
            .. NavigationButtons.Rows(tool.Lists.Select(list => (AdaptiveAction)CardAction.Button(
                ChecklistTexts.ChoiceButton(list.Button, list.Known(progress.For(list.Id)).Count, list.Count),
                new OpenChecklistAction(list.Id)))),
        ],
        Actions = [.. BackToArea(tool), NavigationButtons.Menu()],
    };

    /// <summary>Every point as a toggle, pre-ticked from <paramref name="ticked"/>; no free-text inputs.</summary>
    public static AdaptiveCard List(ChecklistTool tool, TickList list, IReadOnlySet<string> ticked, string? notice = null) => new()
    {
        Speak = list.Title,
        FallbackText = list.Title,
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            Title(list.Title),
            .. notice is null ? [] : new[] { new TextBlock { Text = notice, Color = TextColor.Good, Wrap = true } },
            ProgressLine(list, ticked),
            new TextBlock { Text = ChecklistTexts.Hint, Size = FontSize.Small, IsSubtle = true, Wrap = true },
            .. list.Sections.Select(section => ToggleSection(section, ticked)),
        ],
        Actions =
        [
            new SubmitAction { Title = ChecklistTexts.SaveButton, Data = CardAction.Data(new SaveChecklistAction { List = list.Id }), Style = ActionStyle.Positive },
            new SubmitAction { Title = ChecklistTexts.ResetButton, Data = CardAction.Data(new ResetChecklistAction(list.Id)), AssociatedInputs = AssociatedInputs.None },
            BackToChoice(tool),
            NavigationButtons.Menu(),
            MoreButton.ForChecklist(list),
        ],
    };

    /// <summary>Per section, what is still missing and what is done; one card, with the way back to the ticks.</summary>
    public static AdaptiveCard Summary(ChecklistTool tool, TickList list, IReadOnlySet<string> ticked) => new()
    {
        Speak = ChecklistTexts.SummaryTitle(list.Title),
        FallbackText = ChecklistTexts.SummaryTitle(list.Title),
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            Title(ChecklistTexts.SummaryTitle(list.Title)),
            ProgressLine(list, ticked),
            .. list.Sections.Select(section => SummarySection(section, ticked)),
            .. list.Points.All(point => ticked.Contains(point.Id)) ? new[] { new TextBlock { Text = ChecklistTexts.AllDone, Wrap = true, Spacing = Spacing.Medium } } : [],
        ],
        Actions =
        [
            new SubmitAction { Title = ChecklistTexts.EditButton, Data = CardAction.Data(new OpenChecklistAction(list.Id)), Style = ActionStyle.Positive },
            BackToChoice(tool),
            NavigationButtons.Menu(),
        ],
    };

    private static TextBlock Title(string text) =>
        new() { Text = text, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true };

    private static TextBlock ProgressLine(TickList list, IReadOnlySet<string> ticked) =>
        new() { Text = ChecklistTexts.Progress(list.Points.Count(point => ticked.Contains(point.Id)), list.Count), Weight = FontWeight.Bolder, Wrap = true };

    private static Container ToggleSection(TickSection section, IReadOnlySet<string> ticked) => new()
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
    private static Container SummarySection(TickSection section, IReadOnlySet<string> ticked) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock { Text = ChecklistTexts.SectionProgress(section.Label, section.Points.Count(point => ticked.Contains(point.Id)), section.Points.Count), Weight = FontWeight.Bolder, Wrap = true },
            .. section.Points.Where(point => !ticked.Contains(point.Id)).Select(point => Line(ChecklistTexts.Missing(point.Text), null)),
            .. section.Points.Where(point => ticked.Contains(point.Id)).Select(point => Line(ChecklistTexts.Done(point.Text), TextColor.Good)),
        ],
    };

    // A toggle's title is plain text: the content's **bold** markers would show as asterisks.
    private static string PlainText(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal);

    private static TextBlock Line(string text, TextColor? color) => new() { Text = text, Color = color, Wrap = true, Spacing = Spacing.Small };

    private static IEnumerable<SubmitAction> BackToArea(ChecklistTool tool) =>
        tool.AreaId is { } area ? [CardAction.Button(BotTexts.BackButton, new OpenAreaAction(area))] : [];

    private static SubmitAction BackToChoice(ChecklistTool tool) =>
        new() { Title = BotTexts.BackButton, Data = CardAction.Data(new ShowChecklistsAction(tool.Id)), AssociatedInputs = AssociatedInputs.None };
}
