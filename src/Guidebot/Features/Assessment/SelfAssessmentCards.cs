using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Onboarding;
using Guidebot.Texts;

namespace Guidebot.Features.Assessment;

/// <summary>
/// The competence self-assessment: one card per field (its definition, the basic and specialised lists
/// folded away, four levels to choose from) and the profile. Every field text is the guide's, shown by id.
/// </summary>
internal static class SelfAssessmentCards
{
    private const string BasicId = "grundlaeggende";
    private const string SpecialisedId = "specialiseret";

    public static SubmitAction StartButton() => new() { Title = SelfAssessmentTexts.StartButton, Data = CardAction.CommandData(SelfAssessmentCommands.Start) };

    public static AdaptiveCard Field(SelfAssessment assessment, CompetenceField field)
    {
        var index = assessment.IndexOf(field);
        return new AdaptiveCard
        {
            Speak = field.Definition.Title,
            FallbackText = field.Definition.Title,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                new TextBlock { Text = SelfAssessmentTexts.FieldPosition(index + 1, assessment.Fields.Count), Size = FontSize.Small, IsSubtle = true, Wrap = true },
                new TextBlock { Text = field.Definition.Title, Style = TextBlockStyle.Heading, Size = FontSize.Medium, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Small },
                .. ItemCards.Body(field.Definition.Body),
                ItemCards.SourceLine(field.Definition.Source),
                new ActionSet
                {
                    Actions =
                    [
                        new ToggleVisibilityAction { Title = SelfAssessmentTexts.ShowBasic, TargetElements = [BasicId] },
                        new ToggleVisibilityAction { Title = SelfAssessmentTexts.ShowSpecialised, TargetElements = [SpecialisedId] },
                    ],
                },
                Folded(BasicId, field.Basic),
                Folded(SpecialisedId, field.Specialised),
                new TextBlock { Text = SelfAssessmentTexts.Prompt, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                .. Enum.GetValues<CompetenceLevel>().Select(level => LevelRow(field, level)),
            ],
            Actions =
            [
                index > 0
                    ? new SubmitAction { Title = BotTexts.BackButton, Data = CardAction.Data(new RateFieldAction(assessment.Fields[index - 1].Id)) }
                    : BackToArea(assessment),
                NavigationButtons.Menu(),
            ],
        };
    }

    public static AdaptiveCard Profile(SelfAssessment assessment, SelfAssessmentRatings ratings)
    {
        var rated = assessment.Fields.Where(f => ratings.Ratings.ContainsKey(f.Id)).ToList();
        var strengths = rated.Where(f => ratings.Ratings[f.Id] >= CompetenceLevel.TowardsSpecialised).ToList();
        var potentials = rated.Where(f => ratings.Ratings[f.Id] < CompetenceLevel.TowardsSpecialised).ToList();
        var unrated = assessment.Fields.Except(rated).ToList();
        return new AdaptiveCard
        {
            Speak = SelfAssessmentTexts.ProfileTitle,
            FallbackText = SelfAssessmentTexts.ProfileTitle,
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
            Body =
            [
                new TextBlock { Text = SelfAssessmentTexts.ProfileTitle, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
                new TextBlock { Text = SelfAssessmentTexts.ProfileIntro, Size = FontSize.Small, IsSubtle = true, Wrap = true },
                .. Group(SelfAssessmentTexts.Strengths, strengths, ratings),
                .. Group(SelfAssessmentTexts.Potentials, potentials, ratings),
                .. NavigationButtons.Rows(potentials.Select(f => (AdaptiveAction)ItemCards.Open(SelfAssessmentTexts.SeeItem(NextLevel(f, ratings.Ratings[f.Id]).Title), NextLevel(f, ratings.Ratings[f.Id])))),
                .. NotRated(unrated),
                new TextBlock { Text = SelfAssessmentTexts.LearningHeading, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                .. assessment.Dimensions.Select(d => new TextBlock { Text = $"• {d.LearningForm}", Wrap = true, Spacing = Spacing.Small }),
                ItemCards.SourceLine(assessment.LearningForms.Source),
                .. NavigationButtons.Rows(assessment.Dimensions.Select(d => (AdaptiveAction)ItemCards.Open(SelfAssessmentTexts.SeeItem(d.Item.Title), d.Item))),
            ],
            Actions =
            [
                new SubmitAction { Title = SelfAssessmentTexts.AgainButton, Data = CardAction.Data(new RateFieldAction(assessment.Fields[0].Id)) },
                new SubmitAction { Title = SelfAssessmentTexts.ResetButton, Style = ActionStyle.Destructive, Data = CardAction.CommandData(SelfAssessmentCommands.Reset) },
                BackToArea(assessment),
                NavigationButtons.Menu(),
            ],
        };
    }

    public static AdaptiveCard Cleared(SelfAssessment assessment) => new()
    {
        Speak = SelfAssessmentTexts.ResetDone,
        FallbackText = SelfAssessmentTexts.ResetDone,
        Body =
        [
            new TextBlock { Text = SelfAssessmentTexts.Title, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock { Text = SelfAssessmentTexts.ResetDone, Wrap = true },
        ],
        Actions =
        [
            new SubmitAction { Title = SelfAssessmentTexts.StartAgainButton, Data = CardAction.Data(new RateFieldAction(assessment.Fields[0].Id)) },
            BackToArea(assessment),
            NavigationButtons.Menu(),
        ],
    };

    // The level to read up on next: the basic list until it is in place, then the specialised one.
    private static Item NextLevel(CompetenceField field, CompetenceLevel level) =>
        level == CompetenceLevel.NotYetBasic ? field.Basic : field.Specialised;

    private static IEnumerable<CardElement> NotRated(List<CompetenceField> fields) =>
        fields.Count == 0
            ? []
            : [
                new TextBlock { Text = SelfAssessmentTexts.NotRated, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                .. fields.Select(f => new TextBlock { Text = $"• {f.Definition.Title}", Wrap = true, Spacing = Spacing.Small }),
            ];

    private static IEnumerable<CardElement> Group(string heading, List<CompetenceField> fields, SelfAssessmentRatings ratings) =>
        fields.Count == 0
            ? []
            : [
                new TextBlock { Text = heading, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
                .. fields.Select(f => new TextBlock { Text = SelfAssessmentTexts.Rated(f.Definition.Title, ratings.Ratings[f.Id]), Wrap = true, Spacing = Spacing.Small }),
            ];

    private static Container Folded(string id, Item item) => new()
    {
        Id = id,
        IsVisible = false,
        Style = ContainerStyle.Emphasis,
        Items = [.. item.Body.SelectMany(BlockLayout.Render), ItemCards.SourceLine(item.Source)],
    };

    private static Container LevelRow(CompetenceField field, CompetenceLevel level) => new()
    {
        Separator = true,
        SelectAction = new SubmitAction { Title = SelfAssessmentTexts.Level(level), Data = CardAction.Data(new ChooseLevelAction(field.Id, level)) },
        Items = [new TextBlock { Text = $"› {SelfAssessmentTexts.Level(level)}", Wrap = true, Color = TextColor.Accent }],
    };

    private static SubmitAction BackToArea(SelfAssessment assessment) =>
        new() { Title = BotTexts.BackButton, Data = CardAction.Data(new OpenAreaAction(assessment.Fields[0].Definition.AreaId)) };
}
