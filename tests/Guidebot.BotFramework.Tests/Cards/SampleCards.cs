using System.Text.Json.Nodes;
using Guidebot.BotFramework.Cards;
using Guidebot.Testing.Cards;

namespace Guidebot.BotFramework.Tests.Cards;

/// <summary>A card using every element and action type, and one card per validation rule that breaks it.</summary>
internal static class SampleCards
{
    public const string EveryElement = "every-element";
    public const string SchemaViolation = "schema-violation";
    public const string ParserError = "parser-error";
    public const string EmptyTextBlock = "empty-textblock";
    public const string SubmitWithoutObjectData = "submit-without-object-data";
    public const string WrongVersion = "wrong-version";
    public const string TooBig = "too-big";
    public const string EscapedText = "escaped-text";
    public const string SixActions = "six-actions";

    /// <summary>Text the wire encoder writes raw (æøå, typographic quotes, &lt;&gt;&amp;, soft hyphen) and text it escapes (quote, backslash, controls, emoji, no-break spaces, byte order mark).</summary>
    public static AdaptiveCard EscapedTextCard { get; } = new()
    {
        Body = [new TextBlock { Text = "Råd til ærlige øjeblikke: ”citat” – <b> & 'x' + `y` \"q\" \\ tab\t ny\nlinje, no-break\u00A0space, soft\u00ADhyphen, zero\u200Bwidth\u200E\uFEFF\u2060\u0600\u061C, narrow\u202Fand em\u2003spaces, emoji 😀, \u2028 \u007F é", Wrap = true }],
    };

    public static IReadOnlyList<NamedCard> All =>
    [
        NamedCard.From(EveryElement, EveryElementCard()),
        Json(SchemaViolation, """
            { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "Hej", "colour": "good" } ] }
            """),
        Json(ParserError, """
            {
              "type": "AdaptiveCard", "version": "1.5",
              "body": [ { "type": "Input.Text", "id": "note", "label": "Note" }, { "type": "Input.Text", "id": "note", "label": "Again" } ]
            }
            """),
        Json(EmptyTextBlock, """
            { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "" } ] }
            """),
        Json(SubmitWithoutObjectData, """
            { "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Submit", "title": "Menu", "data": "menu" } ] }
            """),
        Json(WrongVersion, """
            { "type": "AdaptiveCard", "version": "1.4", "body": [ { "type": "TextBlock", "text": "Hej" } ] }
            """),
        NamedCard.From(EscapedText, EscapedTextCard),
        NamedCard.From(TooBig, new AdaptiveCard { Body = [.. Enumerable.Range(0, 300).Select(i => new TextBlock { Text = new string('x', 100), Wrap = true })] }),
        NamedCard.From(SixActions, new AdaptiveCard
        {
            Body = [new ActionSet { Actions = [.. Enumerable.Range(1, 6).Select(i => new SubmitAction { Title = $"{i}", Data = new() { ["choice"] = i } })] }],
        }),
    ];

    private static NamedCard Json(string name, string json) => new(name, JsonNode.Parse(json)!);

    private static AdaptiveCard EveryElementCard() => new()
    {
        Lang = "da",
        FallbackText = "Råderummet",
        MsTeams = new(TeamsCardWidth.Full),
        Body =
        [
            new TextBlock { Text = "Det praksisfaglige råderum", Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new RichTextBlock { Inlines = [new TextRun { Text = "Kilde: ", IsSubtle = true }, new TextRun { Text = "CABI-håndbogen", Italic = true }] },
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = "auto", Items = [new Image { Url = new Uri("https://example.org/icon.png"), AltText = "Ikon", Size = ImageSize.Small }] },
                    new Column { Width = "stretch", Items = [new TextBlock { Text = "Ti retningslinjer", Wrap = true }] },
                    new Column { Width = "1", Items = [new TextBlock { Text = "1/10", HorizontalAlignment = HorizontalAlignment.Right }] },
                ],
            },
            new FactSet { Facts = [new Fact("Område", "Råderum"), new Fact("Trin", "1 af 10")] },
            new Container
            {
                Style = ContainerStyle.Emphasis,
                SelectAction = new SubmitAction { Data = new() { ["verb"] = "guideline", ["number"] = 1 } },
                Items = [new TextBlock { Text = "1. Tag udgangspunkt i borgeren", Wrap = true }],
            },
            new Container
            {
                Id = "details",
                IsVisible = false,
                Items = [new TextBlock { Text = "Uddybning", Wrap = true, IsSubtle = true, Spacing = Spacing.Small }],
            },
            new ActionSet
            {
                Actions =
                [
                    new ToggleVisibilityAction { Title = "Vis uddybning", TargetElements = ["details"] },
                    new ShowCardAction
                    {
                        Title = "Giv feedback",
                        Card = new AdaptiveCard
                        {
                            Body =
                            [
                                new TextInput { Id = "comment", Label = "Kommentar", IsMultiline = true, MaxLength = 500, IsRequired = true, ErrorMessage = "Skriv en kommentar" },
                                new ToggleInput { Id = "useful", Title = "Kortet var nyttigt", ValueOn = "ja", ValueOff = "nej" },
                                new ChoiceSetInput { Id = "role", Label = "Din rolle", Style = ChoiceInputStyle.Expanded, Choices = [new Choice("Jobkonsulent", "jobkonsulent"), new Choice("Sagsbehandler", "sagsbehandler")] },
                            ],
                            Actions = [new SubmitAction { Title = "Send", Style = ActionStyle.Positive, Data = new() { ["verb"] = "feedback" } }],
                        },
                    },
                    new OpenUrlAction { Title = "Læs kilden", Url = new Uri("https://example.org/kilde") },
                    new ExecuteAction { Title = "Opdater", Verb = "refresh", Data = new() { ["area"] = "raaderum" } },
                ],
            },
        ],
        Actions = [new SubmitAction { Title = "Menu", Data = new() { ["verb"] = "menu" } }],
    };
}
