using Guidebot.BotFramework.Cards;

namespace Guidebot.BotFramework.Tests.Cards;

public sealed class AdaptiveActionJsonTests
{
    [Fact]
    public void SubmitAction_EveryProperty_WritesDataAsObject()
    {
        var action = new SubmitAction
        {
            Title = "Gem",
            Id = "save",
            Style = ActionStyle.Positive,
            Data = new() { ["verb"] = "save", ["step"] = 2 },
            AssociatedInputs = AssociatedInputs.None,
        };

        Snapshot.Equal(
            """
            { "type": "Action.Submit", "data": { "verb": "save", "step": 2 }, "associatedInputs": "None", "title": "Gem", "id": "save", "style": "positive" }
            """,
            action);
    }

    [Fact]
    public void ExecuteAction_WithVerb_WritesVerbAndData()
    {
        var action = new ExecuteAction { Title = "Opdater", Verb = "refresh", Data = new() { ["page"] = 1 }, AssociatedInputs = AssociatedInputs.Auto, Style = ActionStyle.Destructive };

        Snapshot.Equal(
            """
            { "type": "Action.Execute", "verb": "refresh", "data": { "page": 1 }, "associatedInputs": "Auto", "title": "Opdater", "style": "destructive" }
            """,
            action);
    }

    [Fact]
    public void ShowCardAction_WithCard_WritesNestedCard()
    {
        var action = new ShowCardAction { Title = "Eksempler", Card = new AdaptiveCard { Body = [new TextBlock { Text = "Hvad ville du gøre?" }] } };

        Snapshot.Equal(
            """
            {
              "type": "Action.ShowCard",
              "card": { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "Hvad ville du gøre?" } ] },
              "title": "Eksempler"
            }
            """,
            action);
    }

    [Fact]
    public void OpenUrlAction_WithUrl_WritesUrl()
    {
        Snapshot.Equal(
            """{ "type": "Action.OpenUrl", "url": "https://example.org/a?b=c", "title": "Åbn" }""",
            new OpenUrlAction { Title = "Åbn", Url = new Uri("https://example.org/a?b=c") });
    }

    [Fact]
    public void ToggleVisibilityAction_WithTargets_WritesElementIds()
    {
        Snapshot.Equal(
            """{ "type": "Action.ToggleVisibility", "targetElements": [ "details", "more" ], "title": "Vis mere" }""",
            new ToggleVisibilityAction { Title = "Vis mere", TargetElements = ["details", "more"] });
    }
}
