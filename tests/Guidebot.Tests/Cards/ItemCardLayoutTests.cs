using System.Text.Json.Nodes;
using Guidebot.BotFramework.Cards;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Cards;
using Guidebot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Cards;

/// <summary>
/// Every item of the guide, laid out for a phone: the first screen (the body before "Vis resten") stays within
/// <see cref="ItemCards.FirstScreenCharacters"/>, questions and checklists are on it, and at most three "Se også".
/// Text is counted from the JSON the bot sends, independently of the layout's own measure.
/// </summary>
public sealed class ItemCardLayoutTests(GuidebotFactory factory) : IClassFixture<GuidebotFactory>
{
    private Guide Guide => factory.Services.GetRequiredService<Guide>();

    [Fact]
    public void Body_EveryItemOfTheGuide_FirstScreenWithinTheLimit()
    {
        var tooLong = Guide.Items
            .Select(item => (item.Id, Length: FirstScreen(item).Sum(TextLength)))
            .Where(screen => screen.Length > ItemCards.FirstScreenCharacters)
            .Select(screen => $"{screen.Id}: {screen.Length} characters")
            .ToList();

        Assert.True(tooLong.Count == 0, $"First screens over {ItemCards.FirstScreenCharacters} characters:\n{string.Join('\n', tooLong)}");
    }

    [Fact]
    public void Body_ItemsWithQuestionsOrAChecklist_ShowOneOnTheFirstScreen()
    {
        var hidden = Guide.Items
            .Where(item => item.Body.Any(block => block is QuestionList or Checklist))
            .Where(item => !FirstScreen(item).Any(element => Texts(element).Any(text => text.StartsWith("» ", StringComparison.Ordinal) || text.StartsWith("☐ ", StringComparison.Ordinal))))
            .Select(item => item.Id)
            .ToList();

        Assert.Empty(hidden);
    }

    [Fact]
    public void Body_LongItem_FoldsTheRestBehindShowMore()
    {
        var item = Guide.FindItem("kompetencefelter-dimensioner-tabel")!;

        var body = ItemCards.Body(item.Body).ToList();

        Assert.Contains(body, element => element is Container { IsVisible: false });
        Assert.Contains(body.OfType<ActionSet>().SelectMany(set => set.Actions), action => action is ToggleVisibilityAction { Title: "Vis resten" });
    }

    [Fact]
    public void Item_EveryCard_AtMostThreeSeeAlsoLinks()
    {
        Assert.All(Guide.Items, item =>
        {
            var body = ItemCards.Item(Guide, item).Body!.ToList();
            var seeAlso = body.FindIndex(element => element is TextBlock { Text: "Se også" });
            Assert.True(seeAlso < 0 || body.Count - seeAlso - 1 <= ItemCards.MaxRelated, item.Id);
        });
    }

    [Fact]
    public void SourceLine_DocumentWithAnAddress_LinksTheTitle_AndNamesThePages()
    {
        var source = new SourceReference(new Source("doc", "Håndbogen", IsBotsOwn: false, new Uri("https://example.org/haandbog.pdf")), "kap. 2", "33");

        Assert.Equal("Kilde: [Håndbogen](https://example.org/haandbog.pdf), kap. 2, s. 33", ItemCards.SourceLine(source).Text);
    }

    [Fact]
    public void SourceLine_DocumentWithoutAnAddress_IsPlainText()
    {
        var source = new SourceReference(new Source("doc", "Håndbogen", IsBotsOwn: false), "kap. 2", "8-9");

        Assert.Equal("Kilde: Håndbogen, kap. 2, s. 8-9", ItemCards.SourceLine(source).Text);
    }

    private static List<JsonNode> FirstScreen(Item item) =>
        [.. ItemCards.Body(item.Body).TakeWhile(element => element is not Container { IsVisible: false }).Select(element => NamedCard.From(item.Id, new AdaptiveCard { Body = [element] }).Card["body"]![0]!)];

    private static int TextLength(JsonNode element) => Texts(element).Sum(text => text.Length);

    /// <summary>Every string a person reads in the element's JSON: texts, fact titles and values.</summary>
    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => property.Key is "text" or "title" or "value" && property.Value is JsonValue value && value.TryGetValue<string>(out var text)
            ? [text]
            : Texts(property.Value)),
        JsonArray array => array.SelectMany(Texts),
        _ => [],
    };
}
