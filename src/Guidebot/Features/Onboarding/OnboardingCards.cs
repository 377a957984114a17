using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Features.Assessment;
using Guidebot.Knowledge.Onboarding;
using Guidebot.Texts;

namespace Guidebot.Features.Onboarding;

/// <summary>
/// The onboarding course: the overview with progress, one item to read per card, quiz questions and their
/// feedback, and a module's result. The items are the guide's own; only navigation and quiz are the bot's.
/// </summary>
internal static class OnboardingCards
{
    public static SubmitAction MenuButton() => new() { Title = OnboardingTexts.Title, Data = CardAction.CommandData(OnboardingCommands.Overview) };

    public static AdaptiveCard Overview(Course course, OnboardingProgress progress) => new()
    {
        Speak = OnboardingTexts.Title,
        FallbackText = OnboardingTexts.Title,
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            new TextBlock { Text = OnboardingTexts.Title, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = OnboardingTexts.Intro, Wrap = true },
            new TextBlock { Text = OnboardingTexts.Progress(course.Modules.Count(m => progress.Completed.ContainsKey(m.Id)), course.Modules.Count), Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            .. progress.Current is null ? [] : new[] { new ActionSet { Actions = [new SubmitAction { Title = OnboardingTexts.ResumeButton, Style = ActionStyle.Positive, Data = CardAction.CommandData(OnboardingCommands.Resume) }] } },
            new TextBlock { Text = OnboardingTexts.ModulesHeading, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            .. course.Modules.Select((module, index) => ModuleRow(module, index, progress.Completed.ContainsKey(module.Id))),
            new ActionSet { Spacing = Spacing.Medium, Actions = [SelfAssessmentCards.StartButton()] },
        ],
        Actions =
        [
            .. progress.Current is null && progress.Completed.Count == 0
                ? []
                : new[] { new SubmitAction { Title = OnboardingTexts.ResetButton, Style = ActionStyle.Destructive, Data = CardAction.CommandData(OnboardingCommands.Reset) } },
            NavigationButtons.Menu(),
        ],
    };

    public static AdaptiveCard Module(Course course, CourseModule module) => new()
    {
        Speak = module.Title,
        FallbackText = module.Title,
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body =
        [
            new TextBlock { Text = OnboardingTexts.ModuleLine(course.IndexOf(module) + 1, course.Modules.Count, module.Title), Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = OnboardingTexts.ModuleSize(module.Reading.Count, module.Quiz.Count), Wrap = true },
            new ActionSet
            {
                Actions =
                [
                    new SubmitAction { Title = OnboardingTexts.StartModuleButton, Style = ActionStyle.Positive, Data = CardAction.Data(new OpenModuleCardAction(module.Id, 0)) },
                    Card(OnboardingTexts.QuizButton, module, module.Reading.Count),
                ],
            },
            new TextBlock { Text = OnboardingTexts.ContentsHeading, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            .. module.Reading.Select((item, index) => Row(OnboardingTexts.ContentsRow(index + 1, item.Title), item.Title, CardAction.Data(new OpenModuleCardAction(module.Id, index)))),
        ],
        Actions = [BackToOverview(), NavigationButtons.Menu()],
    };

    public static AdaptiveCard Reading(Course course, CourseModule module, int index)
    {
        var item = module.Reading[index];
        return new AdaptiveCard
        {
            Speak = item.Title,
            FallbackText = item.Title,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                Header(course, module, OnboardingTexts.ReadingPosition(index + 1, module.Reading.Count)),
                new TextBlock { Text = item.Title, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
                .. ItemCards.Body(item.Body),
                ItemCards.SourceLine(item.Source),
            ],
            Actions =
            [
                .. index > 0 ? new[] { Card(BotTexts.PreviousButton, module, index - 1) } : [],
                Card(BotTexts.NextButton, module, index + 1),
                BackToOverview(),
                NavigationButtons.Menu(),
            ],
        };
    }

    public static AdaptiveCard Question(Course course, CourseModule module, int number)
    {
        var question = module.Quiz[number];
        return new AdaptiveCard
        {
            Speak = question.Question,
            FallbackText = question.Question,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                Header(course, module, OnboardingTexts.QuizPosition(number + 1, module.Quiz.Count)),
                new TextBlock { Text = OnboardingTexts.QuizMarker, Size = FontSize.Small, IsSubtle = true, Wrap = true },
                new TextBlock { Text = question.Question, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                .. question.Options.Select((option, index) => OptionRow(module, number, index, option.Text)),
            ],
            Actions = [BackToOverview(), NavigationButtons.Menu()],
        };
    }

    public static AdaptiveCard Feedback(Course course, CourseModule module, int number, int chosen)
    {
        var question = module.Quiz[number];
        var right = chosen == question.CorrectIndex;
        var last = number == module.Quiz.Count - 1;
        return new AdaptiveCard
        {
            Speak = right ? OnboardingTexts.Right : OnboardingTexts.Wrong,
            FallbackText = right ? OnboardingTexts.Right : OnboardingTexts.Wrong,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                Header(course, module, OnboardingTexts.QuizPosition(number + 1, module.Quiz.Count)),
                new TextBlock { Text = question.Question, Wrap = true, IsSubtle = true },
                new TextBlock { Text = right ? OnboardingTexts.Right : OnboardingTexts.Wrong, Size = FontSize.Large, Weight = FontWeight.Bolder, Color = right ? TextColor.Good : TextColor.Attention, Wrap = true },
                new TextBlock { Text = OnboardingTexts.CorrectAnswer(question.CorrectOption.Text), Weight = FontWeight.Bolder, Wrap = true },
                new TextBlock { Text = OnboardingTexts.SourceSays, Wrap = true, Spacing = Spacing.Medium },
                new Container { Style = ContainerStyle.Emphasis, Items = [new TextBlock { Text = question.Quote, Wrap = true }] },
                ItemCards.SourceLine(question.BasedOn.Source),
            ],
            Actions =
            [
                ItemCards.Open(OnboardingTexts.SeeItem(question.BasedOn.Title), question.BasedOn),
                last
                    ? new SubmitAction { Title = OnboardingTexts.ResultButton, Data = CardAction.Data(new ShowModuleResultAction(module.Id)) }
                    : Card(OnboardingTexts.NextQuestionButton, module, module.Reading.Count + number + 1),
                BackToOverview(),
            ],
        };
    }

    public static AdaptiveCard Result(Course course, CourseModule module, QuizScore score, int completed)
    {
        var next = course.IndexOf(module) + 1 < course.Modules.Count ? course.Modules[course.IndexOf(module) + 1] : null;
        return new AdaptiveCard
        {
            Speak = OnboardingTexts.ModuleDone,
            FallbackText = OnboardingTexts.ModuleDone,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                Header(course, module, OnboardingTexts.ModuleDone),
                new TextBlock { Text = OnboardingTexts.ModuleDone, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
                new TextBlock { Text = OnboardingTexts.Score(score.Right, module.Quiz.Count), Wrap = true },
                new TextBlock { Text = OnboardingTexts.Progress(completed, course.Modules.Count), Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                .. completed == course.Modules.Count ? new[] { new TextBlock { Text = OnboardingTexts.CourseDone, Wrap = true } } : [],
            ],
            Actions =
            [
                next is null
                    ? new SubmitAction { Title = OnboardingTexts.OverviewButton, Data = CardAction.CommandData(OnboardingCommands.Overview) }
                    : new SubmitAction { Title = OnboardingTexts.NextModuleButton(next.Title), Style = ActionStyle.Positive, Data = CardAction.Data(new OpenModuleAction(next.Id)) },
                BackToOverview(),
                NavigationButtons.Menu(),
            ],
        };
    }

    private static TextBlock Header(Course course, CourseModule module, string position) => new()
    {
        Text = $"{OnboardingTexts.ModuleLine(course.IndexOf(module) + 1, course.Modules.Count, module.Title)} · {position}",
        Size = FontSize.Small,
        IsSubtle = true,
        Wrap = true,
    };

    private static Container ModuleRow(CourseModule module, int index, bool completed) =>
        Row(OnboardingTexts.ModuleRow(index + 1, module.Title, completed), module.Title, CardAction.Data(new OpenModuleAction(module.Id)));

    private static Container OptionRow(CourseModule module, int question, int option, string text) =>
        Row(OnboardingTexts.Option(option, text), text, CardAction.Data(new AnswerQuestionAction(module.Id, question, option)));

    // A whole row is the button, so a long title or answer wraps instead of being cut off.
    private static Container Row(string text, string title, System.Text.Json.Nodes.JsonObject data) => new()
    {
        Separator = true,
        SelectAction = new SubmitAction { Title = title, Data = data },
        Items = [new TextBlock { Text = text, Wrap = true, Color = TextColor.Accent }],
    };

    private static SubmitAction Card(string title, CourseModule module, int position) =>
        new() { Title = title, Data = CardAction.Data(new OpenModuleCardAction(module.Id, position)) };

    private static SubmitAction BackToOverview() =>
        new() { Title = BotTexts.BackButton, Data = CardAction.CommandData(OnboardingCommands.Overview) };
}
