using Guidebot.BotFramework.Dialogs.Prompts;
using Guidebot.Testing.Cards;

namespace Guidebot.BotFramework.Tests.Dialogs.Prompts;

/// <summary>Every card a prompt can send passes the official schema, the official parser and the project rules.</summary>
public sealed class PromptCardValidationTests
{
    [Fact]
    public async Task PromptCards_AllShapes_AreValidForTeams()
    {
        var manyChoices = Enumerable.Range(1, 12).Select(i => new Choice($"v{i}", $"Valg {i}")).ToList();
        NamedCard[] cards =
        [
            NamedCard.From("choice-2", PromptCards.Choices("Hvilken barriere?", [new("helbred", "Helbred"), new("familie")])),
            NamedCard.From("choice-12", PromptCards.Choices("Vælg et modul", manyChoices)),
            NamedCard.From("choice-retry", PromptCards.Choices(ChoicePrompt.DefaultRetryPrompt, manyChoices[..3])),
            NamedCard.From("confirm", PromptCards.Confirm("Er du klar?")),
        ];

        var report = await CardValidator.ValidateAsync(cards, CancellationToken.None);

        report.EnsureValid();
    }

    [Fact]
    public void Choices_MoreThanFive_AreSplitIntoRowsOfFive()
    {
        var card = PromptCards.Choices("?", Enumerable.Range(1, 12).Select(i => new Choice($"v{i}")));

        Assert.Equal([5, 5, 2], card.Body!.OfType<Guidebot.BotFramework.Cards.ActionSet>().Select(set => set.Actions.Count));
    }
}
