using Guidebot.BotFramework.Cards;

namespace Guidebot.BotFramework.Tests.Cards;

public sealed class CardElementJsonTests
{
    [Fact]
    public void TextBlock_OnlyText_WritesTypeAndTextAlone()
    {
        Snapshot.Equal("""{ "type": "TextBlock", "text": "Hej" }""", new TextBlock { Text = "Hej" });
    }

    [Fact]
    public void TextBlock_EveryProperty_WritesSchemaNamesAndCamelCaseEnums()
    {
        var element = new TextBlock
        {
            Text = "Det praksisfaglige råderum",
            Id = "title",
            Size = FontSize.ExtraLarge,
            Weight = FontWeight.Bolder,
            Color = TextColor.Accent,
            IsSubtle = true,
            Wrap = true,
            MaxLines = 3,
            HorizontalAlignment = HorizontalAlignment.Center,
            Style = TextBlockStyle.Heading,
            Spacing = Spacing.ExtraLarge,
            Separator = true,
            IsVisible = false,
            Height = ElementHeight.Stretch,
        };

        Snapshot.Equal(
            """
            {
              "type": "TextBlock",
              "text": "Det praksisfaglige råderum",
              "id": "title",
              "size": "extraLarge",
              "weight": "bolder",
              "color": "accent",
              "isSubtle": true,
              "wrap": true,
              "maxLines": 3,
              "horizontalAlignment": "center",
              "style": "heading",
              "spacing": "extraLarge",
              "separator": true,
              "isVisible": false,
              "height": "stretch"
            }
            """,
            element);
    }

    [Fact]
    public void RichTextBlock_WithRuns_WritesTypedInlines()
    {
        var element = new RichTextBlock
        {
            Inlines =
            [
                new TextRun { Text = "Kilde: ", IsSubtle = true },
                new TextRun { Text = "CABI-håndbogen", Italic = true, Weight = FontWeight.Bolder, Color = TextColor.Good, Size = FontSize.Small, Strikethrough = false, Highlight = true },
            ],
            HorizontalAlignment = HorizontalAlignment.Right,
        };

        Snapshot.Equal(
            """
            {
              "type": "RichTextBlock",
              "inlines": [
                { "type": "TextRun", "text": "Kilde: ", "isSubtle": true },
                { "type": "TextRun", "text": "CABI-håndbogen", "size": "small", "weight": "bolder", "color": "good", "italic": true, "strikethrough": false, "highlight": true }
              ],
              "horizontalAlignment": "right"
            }
            """,
            element);
    }

    [Fact]
    public void Container_WithSelectAction_WritesItemsStyleAndAction()
    {
        var element = new Container
        {
            Id = "guideline-1",
            Items = [new TextBlock { Text = "1. Tag udgangspunkt i borgeren", Wrap = true }],
            Style = ContainerStyle.Emphasis,
            SelectAction = new SubmitAction { Data = new() { ["verb"] = "guideline", ["number"] = 1 } },
            Bleed = true,
            VerticalContentAlignment = VerticalAlignment.Center,
            IsVisible = false,
        };

        Snapshot.Equal(
            """
            {
              "type": "Container",
              "items": [ { "type": "TextBlock", "text": "1. Tag udgangspunkt i borgeren", "wrap": true } ],
              "id": "guideline-1",
              "style": "emphasis",
              "selectAction": { "type": "Action.Submit", "data": { "verb": "guideline", "number": 1 } },
              "bleed": true,
              "verticalContentAlignment": "center",
              "isVisible": false
            }
            """,
            element);
    }

    [Fact]
    public void ColumnSet_WithColumns_WritesColumnTypeAndStringWidths()
    {
        var element = new ColumnSet
        {
            Columns =
            [
                new Column { Width = "auto", Items = [new TextBlock { Text = "1." }] },
                new Column { Width = "1", Items = [new TextBlock { Text = "Tryghed" }], Spacing = Spacing.Small, Separator = true, VerticalContentAlignment = VerticalAlignment.Top },
            ],
            Style = ContainerStyle.Accent,
        };

        Snapshot.Equal(
            """
            {
              "type": "ColumnSet",
              "columns": [
                { "type": "Column", "items": [ { "type": "TextBlock", "text": "1." } ], "width": "auto" },
                { "type": "Column", "items": [ { "type": "TextBlock", "text": "Tryghed" } ], "width": "1", "verticalContentAlignment": "top", "spacing": "small", "separator": true }
              ],
              "style": "accent"
            }
            """,
            element);
    }

    [Fact]
    public void FactSet_WithFacts_WritesTitleValuePairs()
    {
        var element = new FactSet { Facts = [new Fact("Varighed", "13 uger"), new Fact("Kontakt", "Hver 14. dag")] };

        Snapshot.Equal(
            """
            {
              "type": "FactSet",
              "facts": [ { "title": "Varighed", "value": "13 uger" }, { "title": "Kontakt", "value": "Hver 14. dag" } ]
            }
            """,
            element);
    }

    [Fact]
    public void Image_WithSizeAndAltText_WritesUrlAsString()
    {
        var element = new Image { Url = new Uri("https://example.org/trappe.png"), AltText = "Progressionstrappen", Size = ImageSize.Medium };

        Snapshot.Equal(
            """{ "type": "Image", "url": "https://example.org/trappe.png", "altText": "Progressionstrappen", "size": "medium" }""",
            element);
    }

    [Fact]
    public void ActionSet_WithActions_WritesPolymorphicActions()
    {
        var element = new ActionSet
        {
            Actions =
            [
                new SubmitAction { Title = "Næste", Data = new() { ["verb"] = "next" } },
                new OpenUrlAction { Title = "Kilde", Url = new Uri("https://example.org/kilde") },
            ],
        };

        Snapshot.Equal(
            """
            {
              "type": "ActionSet",
              "actions": [
                { "type": "Action.Submit", "data": { "verb": "next" }, "title": "Næste" },
                { "type": "Action.OpenUrl", "url": "https://example.org/kilde", "title": "Kilde" }
              ]
            }
            """,
            element);
    }

    [Fact]
    public void TextInput_EveryProperty_WritesInputText()
    {
        var element = new TextInput
        {
            Id = "question",
            Label = "Dit spørgsmål",
            Placeholder = "Skriv her",
            Value = "",
            IsMultiline = true,
            MaxLength = 500,
            IsRequired = true,
            ErrorMessage = "Skriv et spørgsmål",
        };

        Snapshot.Equal(
            """
            {
              "type": "Input.Text",
              "id": "question",
              "label": "Dit spørgsmål",
              "placeholder": "Skriv her",
              "value": "",
              "isMultiline": true,
              "maxLength": 500,
              "isRequired": true,
              "errorMessage": "Skriv et spørgsmål"
            }
            """,
            element);
    }

    [Fact]
    public void ToggleInput_WithValues_WritesInputToggle()
    {
        var element = new ToggleInput { Id = "done", Title = "Gennemført", Label = "Status", Value = "ja", ValueOn = "ja", ValueOff = "nej", Wrap = true };

        Snapshot.Equal(
            """
            { "type": "Input.Toggle", "id": "done", "title": "Gennemført", "label": "Status", "value": "ja", "valueOn": "ja", "valueOff": "nej", "wrap": true }
            """,
            element);
    }

    [Fact]
    public void ChoiceSetInput_Expanded_WritesChoicesAndStyle()
    {
        var element = new ChoiceSetInput
        {
            Id = "role",
            Label = "Din rolle",
            Choices = [new Choice("Jobkonsulent", "jobkonsulent"), new Choice("Sagsbehandler", "sagsbehandler")],
            Style = ChoiceInputStyle.Expanded,
            IsMultiSelect = false,
            Value = "jobkonsulent",
            IsRequired = true,
            ErrorMessage = "Vælg en rolle",
        };

        Snapshot.Equal(
            """
            {
              "type": "Input.ChoiceSet",
              "id": "role",
              "choices": [ { "title": "Jobkonsulent", "value": "jobkonsulent" }, { "title": "Sagsbehandler", "value": "sagsbehandler" } ],
              "label": "Din rolle",
              "style": "expanded",
              "isMultiSelect": false,
              "value": "jobkonsulent",
              "isRequired": true,
              "errorMessage": "Vælg en rolle"
            }
            """,
            element);
    }
}
