using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Texts;

namespace Guidebot.Features.Employers;

/// <summary>
/// The employer lookup: by motivation factor, by what the employer says, and the call preparation. Every
/// text of the guide is shown from its item by id, with its source; only headings and prompts are the bot's.
/// </summary>
internal static class EmployerCards
{
    /// <summary>The virksomheder area card's tool buttons.</summary>
    public static IReadOnlyList<SubmitAction> Tools() =>
        [
            new SubmitAction { Title = EmployerTexts.ToolFactors, Data = EmployerActions.ShowFactors() },
            new SubmitAction { Title = EmployerTexts.ToolSituations, Data = EmployerActions.ShowSituations() },
            new SubmitAction { Title = EmployerTexts.ToolPrepare, Data = EmployerActions.ShowPreparation() },
        ];

    public static AdaptiveCard Start(EmployerLookup lookup) => Card(
        EmployerTexts.StartTitle,
        [
            new TextBlock { Text = EmployerTexts.StartIntro, Wrap = true },
            Subheading(EmployerTexts.ToolFactors),
            .. NavigationButtons.Links(lookup.Factors.Select(FactorButton)),
            Subheading(EmployerTexts.ToolSituations),
            .. NavigationButtons.Links(lookup.Situations.Select(SituationButton)),
            Subheading(EmployerTexts.QuickAccessHeading),
            .. NavigationButtons.Links([new SubmitAction { Title = EmployerTexts.ToolPrepare, Data = EmployerActions.ShowPreparation() }, .. lookup.QuickAccess.Select(ItemButton)]),
        ],
        new SubmitAction { Title = BotTexts.BackButton, Data = ActionData.OpenArea(EmployerLookup.AreaId) });

    /// <summary>The seven factors as rows, each with the source's sentence that tells how to recognise it.</summary>
    public static AdaptiveCard Factors(EmployerLookup lookup) => Card(
        EmployerTexts.ToolFactors,
        [
            new TextBlock { Text = EmployerTexts.FactorsPrompt, Wrap = true },
            .. lookup.Factors.Select(factor => new Container
            {
                Separator = true,
                SelectAction = FactorButton(factor),
                Items = [new TextBlock { Text = $"› {factor.Title}", Weight = FontWeight.Bolder, Color = TextColor.Accent, Wrap = true }, .. factor.Body.SelectMany(BlockLayout.Render)],
            }),
            ItemCards.SourceLine(lookup.Factors[0].Source),
            .. NavigationButtons.Links([ItemButton(lookup.Overview)]),
        ],
        BackToStart());

    public static AdaptiveCard Factor(Guide guide, EmployerLookup lookup, Item factor)
    {
        var index = lookup.IndexOf(factor);
        var related = factor.Related.Select(guide.FindItem).OfType<Item>().ToList();
        var withQuestions = related.Where(item => !EmployerLookup.IsFactor(item) && item.Body.OfType<QuestionList>().Any()).ToList();
        var others = related.Where(item => !EmployerLookup.IsFactor(item) && !withQuestions.Contains(item)).ToList();
        var factors = related.Where(EmployerLookup.IsFactor).ToList();
        return Card(
            factor.Title,
            [
                new TextBlock { Text = EmployerTexts.FactorPosition(index + 1, lookup.Factors.Count), Size = FontSize.Small, IsSubtle = true, Wrap = true, Spacing = Spacing.None },
                Subheading(EmployerTexts.RecogniseHeading),
                .. factor.Body.SelectMany(BlockLayout.Render),
                ItemCards.SourceLine(factor.Source),
                .. withQuestions.Count == 0 ? [] : new CardElement[] { Subheading(EmployerTexts.QuestionsHeading) },
                .. withQuestions.Select(QuestionsOf),
                .. others.Count == 0 ? [] : new CardElement[] { Subheading(EmployerTexts.ArgumentsHeading) },
                .. NavigationButtons.Links(others.Select(ItemButton)),
                .. factors.Count == 0 ? [] : new CardElement[] { Subheading(EmployerTexts.OtherFactorsHeading) },
                .. NavigationButtons.Links(factors.Select(FactorButton)),
            ],
            new SubmitAction { Title = BotTexts.BackButton, Data = EmployerActions.ShowFactors() },
            [
                .. index > 0 ? new[] { new SubmitAction { Title = EmployerTexts.PreviousFactorButton, Data = EmployerActions.ShowFactor(lookup.Factors[index - 1].Id) } } : [],
                .. index < lookup.Factors.Count - 1 ? new[] { new SubmitAction { Title = EmployerTexts.NextFactorButton, Data = EmployerActions.ShowFactor(lookup.Factors[index + 1].Id) } } : [],
            ]);
    }

    public static AdaptiveCard Situations(EmployerLookup lookup) => Card(
        EmployerTexts.ToolSituations,
        [
            new TextBlock { Text = EmployerTexts.SituationsPrompt, Wrap = true },
            .. NavigationButtons.Links(lookup.Situations.Select(SituationButton)),
        ],
        BackToStart());

    /// <summary>What the employer says, and the source's items that answer it, in full.</summary>
    public static AdaptiveCard Situation(EmployerSituation situation) => Card(
        EmployerTexts.SituationTitle(situation.Label),
        [.. situation.Parts.Select(Part)],
        new SubmitAction { Title = BotTexts.BackButton, Data = EmployerActions.ShowSituations() });

    public static AdaptiveCard Preparation(EmployerLookup lookup) => Card(
        EmployerTexts.ToolPrepare,
        [
            new TextBlock { Text = EmployerTexts.PreparePrompt, Wrap = true },
            .. lookup.Preparation.Select(item => Part(new SituationPart(item, null))),
            Subheading(EmployerTexts.QuickAccessHeading),
            .. NavigationButtons.Links(lookup.QuickAccess.Select(ItemButton)),
        ],
        BackToStart());

    private static AdaptiveCard Card(string title, IReadOnlyList<CardElement> body, SubmitAction back, IReadOnlyList<SubmitAction>? actions = null) => new()
    {
        Speak = title,
        FallbackText = title,
        MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        Body = [new TextBlock { Text = title, Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true }, .. body],
        Actions = [.. actions ?? [], back, NavigationButtons.Menu()],
    };

    private static TextBlock Subheading(string text) =>
        new() { Text = text, Weight = FontWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    // A related item's own questions, under its title; its prose is one click away on the item card.
    private static Container QuestionsOf(Item item) => new()
    {
        Items =
        [
            new TextBlock { Text = item.Title, Weight = FontWeight.Bolder, Size = FontSize.Small, Wrap = true },
            .. item.Body.Where(block => block is QuestionList or Knowledge.Content.Heading).SelectMany(BlockLayout.Render),
            ItemCards.SourceLine(item.Source),
            .. NavigationButtons.Links([ItemButton(item)]),
        ],
    };

    private static Container Part(SituationPart part) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock { Text = part.Item.Title, Weight = FontWeight.Bolder, Wrap = true },
            .. part.Point is { } point ? BlockLayout.Render(new QuestionList([point])) : part.Item.Body.SelectMany(BlockLayout.Render),
            ItemCards.SourceLine(part.Item.Source),
        ],
    };

    private static SubmitAction FactorButton(Item factor) => new() { Title = factor.Title, Data = EmployerActions.ShowFactor(factor.Id) };

    private static SubmitAction SituationButton(EmployerSituation situation) => new() { Title = situation.Label, Data = EmployerActions.ShowSituation(situation.Id) };

    private static SubmitAction ItemButton(Item item) => ItemCards.Open(item.Title, item);

    private static SubmitAction BackToStart() => new() { Title = BotTexts.BackButton, Data = EmployerActions.Start() };
}
