using System.Text.Json;
using Guidebot.BotFramework.Cards;
using Guidebot.BotFramework.Schema;

namespace Guidebot.BotFramework.Tests.Cards;

public sealed class AdaptiveCardJsonTests
{
    [Fact]
    public void AdaptiveCard_Empty_WritesTypeAndVersion15Only()
    {
        Snapshot.Equal("""{ "type": "AdaptiveCard", "version": "1.5" }""", new AdaptiveCard());
    }

    [Fact]
    public void AdaptiveCard_EveryProperty_WritesRootPropertiesAndTeamsWidth()
    {
        var card = new AdaptiveCard
        {
            Schema = "http://adaptivecards.io/schemas/adaptive-card.json",
            Body = [new TextBlock { Text = "Menu", Style = TextBlockStyle.Heading }],
            Actions = [new SubmitAction { Title = "Tilbage", Data = new() { ["verb"] = "menu" } }],
            FallbackText = "Menu",
            Speak = "Menu",
            Lang = "da",
            MsTeams = new TeamsCardProperties(TeamsCardWidth.Full),
        };

        Snapshot.Equal(
            """
            {
              "type": "AdaptiveCard",
              "version": "1.5",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "body": [ { "type": "TextBlock", "text": "Menu", "style": "heading" } ],
              "actions": [ { "type": "Action.Submit", "data": { "verb": "menu" }, "title": "Tilbage" } ],
              "fallbackText": "Menu",
              "speak": "Menu",
              "lang": "da",
              "msteams": { "width": "Full" }
            }
            """,
            card);
    }

    [Fact]
    public void ToAttachment_Card_UsesAdaptiveContentTypeAndTheCardAsContent()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Hej" }] };

        var attachment = card.ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Same(card, attachment.Content);
    }

    [Fact]
    public void Activity_WithCardAttachment_SerializesCardInsideTheActivity()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments =
            [
                new AdaptiveCard
                {
                    Body = [new TextBlock { Text = "Vælg et emne", Weight = FontWeight.Bolder }],
                    Actions = [new SubmitAction { Title = "Råderum", Data = new() { ["verb"] = "area", ["id"] = "raaderum" } }],
                    MsTeams = new(TeamsCardWidth.Full),
                }.ToAttachment(),
            ],
        };

        var json = JsonSerializer.Serialize(activity, BotFrameworkJson.Default.Activity);

        Snapshot.Equal(
            """
            {
              "type": "message",
              "attachments": [
                {
                  "contentType": "application/vnd.microsoft.card.adaptive",
                  "content": {
                    "type": "AdaptiveCard",
                    "version": "1.5",
                    "body": [ { "type": "TextBlock", "text": "Vælg et emne", "weight": "bolder" } ],
                    "actions": [ { "type": "Action.Submit", "data": { "verb": "area", "id": "raaderum" }, "title": "Råderum" } ],
                    "msteams": { "width": "Full" }
                  }
                }
              ]
            }
            """,
            json);
    }

    [Fact]
    public void AdaptiveCard_ReadBack_RestoresElementAndActionTypes()
    {
        const string Json = """
            {
              "type": "AdaptiveCard",
              "version": "1.5",
              "body": [ { "type": "Container", "items": [ { "type": "TextBlock", "text": "Hej", "size": "extraLarge" } ] } ],
              "actions": [ { "type": "Action.Submit", "title": "Menu", "data": { "verb": "menu" } } ]
            }
            """;

        var card = JsonSerializer.Deserialize(Json, BotFrameworkJson.Default.AdaptiveCard)!;

        var text = Assert.IsType<TextBlock>(Assert.Single(Assert.IsType<Container>(Assert.Single(card.Body!)).Items));
        Assert.Equal(FontSize.ExtraLarge, text.Size);
        Assert.Equal("menu", (string?)Assert.IsType<SubmitAction>(Assert.Single(card.Actions!)).Data["verb"]);
    }
}
