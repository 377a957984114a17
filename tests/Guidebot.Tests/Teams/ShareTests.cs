using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Guidebot.BotFramework.Schema;
using Guidebot.Features.Checklists;
using Guidebot.Features.MyQuestions;
using Guidebot.Features.Sharing;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Testing.Cards;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Teams;

/// <summary>
/// Sharing and copying, through the real endpoint: "Del" shows the very card the compose-box search inserts, the named
/// parts of the guide are found there, a shared card carries the guide's content and nothing else, "Kopiér som tekst"
/// answers with plain text, and the list for the next conversation goes from the item card to a copy and back to empty.
/// </summary>
public sealed class ShareTests(GuidebotFactory factory) : IClassFixture<GuidebotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Guide Guide => factory.Services.GetRequiredService<Guide>();

    private Toolbox Tools => factory.Services.GetRequiredService<Toolbox>();

    [Theory]
    [InlineData("aftaleskabelon", "step-up-aftalespoergsmaal")]
    [InlineData("den gode beskrivelse af virksomhedspraktik", "praktik-beskrivelse-tjekliste")]
    public async Task Query_TheAgreementTemplateAndTheGoodDescription_AreFoundFirst(string query, string item)
    {
        var results = await QueryAsync(query);

        Assert.Equal(Guide.FindItem(item)!.Title, Title(results[0]));
    }

    [Theory]
    [InlineData("Step-up-tjekliste: helbred", "helbred")]
    [InlineData("step up familie", "familie")]
    [InlineData("stepup", "helbred")]
    public async Task Query_NamingAChecklist_FindsItFirst(string query, string list)
    {
        var results = await QueryAsync(query);

        Assert.Equal(Tools.FindTickList(list)!.Title, Title(results[0]));
    }

    [Fact]
    public async Task Query_AboutHealthAlone_FindsItemsNotChecklists()
    {
        var results = await QueryAsync("helbred");

        Assert.DoesNotContain(Titles(results), title => Tools.Checklists.SelectMany(tool => tool.Lists).Any(list => list.Title == title));
    }

    [Fact]
    public async Task Query_InitialRun_OffersTheChecklistsAfterTheAreas()
    {
        var results = await QueryAsync(null, skip: Guide.Areas.Count);

        Assert.Equal(Tools.Checklists.SelectMany(tool => tool.Lists).Select(list => list.Title), Titles(results));
    }

    [Theory]
    [InlineData("step-up-aftalespoergsmaal")]
    [InlineData("praktik-beskrivelse-tjekliste")]
    public async Task Share_FromTheItemCard_IsTheComposeBoxCardWithHowToShareIt(string id)
    {
        var item = Guide.FindItem(id)!;
        var conversation = NewConversation();
        var card = Assert.Single(await _client.ExchangeAsync(Click($$"""{"verb":"item","item":"{{id}}"}""", conversation)));

        var shared = Assert.Single(await _client.ExchangeAsync(Click(card.SubmitButtons().Single(b => b.Title == SharingTexts.ShareButton), conversation)));

        Assert.Equal(SharingTexts.ShareHint(item.Title), shared.Text);
        Assert.Equal((await SelectAsync($$"""{"itemId":"{{id}}"}""")).GetRawText(), shared.Card()!.Value.GetRawText());
    }

    [Fact]
    public async Task Share_AfterTicksAndQuestions_CarriesOnlyTheGuidesContent()
    {
        var list = Tools.FindTickList("helbred")!;
        var item = Guide.FindItem("step-up-spoergsmaal-helbred")!;
        var conversation = NewConversation();
        var saveAll = new JsonObject { ["verb"] = "checklist-save", ["list"] = list.Id };
        foreach (var point in list.Points)
        {
            saveAll[point.Id] = "true";
        }

        await _client.ExchangeAsync(Click(saveAll.ToJsonString(), conversation));
        await _client.ExchangeAsync(Click($$"""{"verb":"questions-save","item":"{{item.Id}}","q0":"true","q1":"true"}""", conversation));
        var listCard = Assert.Single(await _client.ExchangeAsync(Click($$"""{"verb":"checklist-open","list":"{{list.Id}}"}""", conversation)));
        var itemCard = Assert.Single(await _client.ExchangeAsync(Click($$"""{"verb":"item","item":"{{item.Id}}"}""", conversation)));

        var sharedList = Assert.Single(await _client.ExchangeAsync(Click(listCard.SubmitButtons().Single(b => b.Title == SharingTexts.ShareButton), conversation))).Card()!.Value;
        var sharedItem = Assert.Single(await _client.ExchangeAsync(Click(itemCard.SubmitButtons().Single(b => b.Title == SharingTexts.ShareButton), conversation))).Card()!.Value;

        // The same card as for someone who never ticked or saved anything, with nothing to click or fill in.
        Assert.Equal((await SelectAsync($$"""{"listId":"{{list.Id}}"}""")).GetRawText(), sharedList.GetRawText());
        Assert.Equal((await SelectAsync($$"""{"itemId":"{{item.Id}}"}""")).GetRawText(), sharedItem.GetRawText());
        foreach (var card in new[] { sharedList, sharedItem })
        {
            Assert.DoesNotContain("Input.", card.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain("Action.Submit", card.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain(MyQuestionsTexts.Title, card.GetRawText(), StringComparison.Ordinal);
        }

        // Every text on the shared checklist is the guide's: titles, labels, headings, points, sources.
        string[] guideTexts =
        [
            list.Title, "Delt fra Guidebot",
            .. list.Sections.SelectMany(section => new[] { section.Label, section.Heading, BotTexts.Source(section.Item.Source.ToString()) }),
            .. list.Points.Select(point => $"• {point.Text}"),
        ];
        Assert.All(Texts(sharedList), text => Assert.Contains(text, guideTexts));
        (await CardValidator.ValidateAsync([new NamedCard("shared checklist", JsonNode.Parse(sharedList.GetRawText())!), new NamedCard("shared item", JsonNode.Parse(sharedItem.GetRawText())!)], CancellationToken.None)).EnsureValid();
    }

    [Theory]
    [InlineData("step-up-aftalespoergsmaal")]
    [InlineData("praktik-beskrivelse-tjekliste")]
    public async Task Copy_FromTheItemCard_AnswersWithTheItemAsPlainText(string id)
    {
        var item = Guide.FindItem(id)!;
        var conversation = NewConversation();
        var card = Assert.Single(await _client.ExchangeAsync(Click($$"""{"verb":"item","item":"{{id}}"}""", conversation)));

        var copy = Assert.Single(await _client.ExchangeAsync(Click(card.SubmitButtons().Single(b => b.Title == SharingTexts.CopyButton), conversation)));

        Assert.Null(copy.Attachments);
        Assert.Equal("plain", copy.TextFormat);
        var lines = copy.Text!.Split('\n');
        Assert.Equal(item.Title, lines[0]);
        Assert.StartsWith(BotTexts.Source(item.Source.ToString()), lines[^1], StringComparison.Ordinal);
        Assert.All(BlockText.Segments(item), segment => Assert.Contains(segment, copy.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("**", copy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_EveryChecklistAfterTickingAll_IsItsOwnTextWithoutTheTicks()
    {
        foreach (var list in Tools.Checklists.SelectMany(tool => tool.Lists))
        {
            var conversation = NewConversation();
            var saveAll = new JsonObject { ["verb"] = "checklist-save", ["list"] = list.Id };
            foreach (var point in list.Points)
            {
                saveAll[point.Id] = "true";
            }

            await _client.ExchangeAsync(Click(saveAll.ToJsonString(), conversation));
            var card = Assert.Single(await _client.ExchangeAsync(Click($$"""{"verb":"checklist-open","list":"{{list.Id}}"}""", conversation)));

            var copy = Assert.Single(await _client.ExchangeAsync(Click(card.SubmitButtons().Single(b => b.Title == SharingTexts.CopyButton), conversation)));

            Assert.Equal("plain", copy.TextFormat);
            var lines = copy.Text!.Split('\n');
            Assert.Equal(list.Title, lines[0]);
            Assert.Equal(list.Points.Select(point => $"• {BlockText.Plain(point.Text)}"), lines.Where(line => line.StartsWith("• ", StringComparison.Ordinal)));
            Assert.All(list.Sections, section => Assert.Contains(BotTexts.Source(section.Item.Source.ToString()), copy.Text, StringComparison.Ordinal));
            Assert.DoesNotContain(ChecklistTexts.Progress(list.Count, list.Count), copy.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task QuestionList_AddCopyAndClear_FromTheItemCard()
    {
        var item = Guide.FindItem("praktik-beskrivelse-hjaelpespoergsmaal")!;
        var conversation = NewConversation();
        var card = Assert.Single(await _client.ExchangeAsync(Click($$"""{"verb":"item","item":"{{item.Id}}"}""", conversation)));
        var pick = Assert.Single(await _client.ExchangeAsync(Click(card.SubmitButtons().Single(b => b.Title == MyQuestionsTexts.AddButton), conversation)));
        var toggles = pick.Card()!.Value.GetProperty("body").EnumerateArray().Where(element => element.GetProperty("type").GetString() == "Input.Toggle").ToList();
        var first = toggles[0].GetProperty("title").GetString()!;
        var inputs = toggles.Select((toggle, index) => (Id: toggle.GetProperty("id").GetString()!, Value: index == 0 ? "true" : "false")).ToDictionary(toggle => toggle.Id, toggle => toggle.Value);

        var list = Assert.Single(await _client.ExchangeAsync(Click(pick.SubmitButtons().Single(b => b.Title == MyQuestionsTexts.SaveButton), conversation, inputs)));
        var copy = Assert.Single(await _client.ExchangeAsync(Click(list.SubmitButtons().Single(b => b.Title == SharingTexts.CopyButton), conversation)));
        var cleared = Assert.Single(await _client.ExchangeAsync(Click(list.SubmitButtons().Single(b => b.Title == MyQuestionsTexts.ClearConfirmButton), conversation)));
        var shownAgain = Assert.Single(await _client.ExchangeAsync(Message("mine spørgsmål", conversation)));

        Assert.Contains($"» {first}", list.AllText().Split('\n'));
        Assert.Equal(string.Join('\n', [MyQuestionsTexts.Title, string.Empty, item.Title, $"• {first}", BotTexts.Source(item.Source.ToString())]), copy.Text);
        Assert.Contains(MyQuestionsTexts.Cleared, cleared.AllText(), StringComparison.Ordinal);
        Assert.Contains(MyQuestionsTexts.Empty, shownAgain.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChecklistCard_MoreOffersCopyAndShareWithinFiveButtons()
    {
        var list = Tools.FindTickList("familie")!;
        var card = Assert.Single(await _client.ExchangeAsync(Click($$"""{"verb":"checklist-open","list":"{{list.Id}}"}""", NewConversation()))).Card()!.Value;

        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        var more = Assert.Single(actions, action => action.GetProperty("type").GetString() == "Action.ShowCard");
        Assert.InRange(actions.Count, 1, 5);
        Assert.Equal(SharingTexts.MoreButton, more.GetProperty("title").GetString());
        Assert.Equal(
            [SharingTexts.CopyButton, SharingTexts.ShareButton],
            more.GetProperty("card").GetProperty("actions").EnumerateArray().Select(action => action.GetProperty("title").GetString()));
        Assert.Contains(ChecklistTexts.SaveButton, actions.Select(action => action.GetProperty("title").GetString()));
    }

    private async Task<List<JsonElement>> QueryAsync(string? query, int skip = 0)
    {
        var parameter = query is null ? """{"name":"initialRun","value":"true"}""" : $$"""{"name":"query","value":{{JsonSerializer.Serialize(query)}}}""";
        var body = await InvokeAsync("composeExtension/query", $$$"""{"commandId":"searchGuide","parameters":[{{{parameter}}}],"queryOptions":{"skip":{{{skip}}},"count":10}}""");
        return [.. body.GetProperty("composeExtension").GetProperty("attachments").EnumerateArray()];
    }

    private async Task<JsonElement> SelectAsync(string selection) =>
        (await InvokeAsync("composeExtension/selectItem", selection)).GetProperty("composeExtension").GetProperty("attachments")[0].GetProperty("content");

    private async Task<JsonElement> InvokeAsync(string name, string value)
    {
        var invoke = Activities.OfType(ActivityTypes.Invoke, NewConversation());
        invoke.Name = name;
        invoke.Value = JsonDocument.Parse(value).RootElement;
        using var response = await _client.PostActivityAsync(invoke);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Activity Click(string data, string conversation)
    {
        var click = Activities.Message(null, conversation, UserOf(conversation));
        click.Value = JsonDocument.Parse(data).RootElement;
        return click;
    }

    private static Activity Click(SubmitButton button, string conversation, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var click = Activities.Message(null, conversation, UserOf(conversation));
        click.Value = button.ClickValue(inputs);
        return click;
    }

    private static Activity Message(string text, string conversation) => Activities.Message(text, conversation, UserOf(conversation));

    // One user per conversation, so the user state (ticks, the question list) of one test never reaches another.
    private static string UserOf(string conversation) => "user-" + conversation;

    private static string NewConversation() => "share-" + Guid.NewGuid().ToString("N");

    private static string? Title(JsonElement result) => result.GetProperty("preview").GetProperty("content").GetProperty("title").GetString();

    private static IEnumerable<string?> Titles(IEnumerable<JsonElement> results) => results.Select(Title);

    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property =>
            property.Name == "text" && property.Value.ValueKind == JsonValueKind.String ? [property.Value.GetString()!] : Texts(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        _ => [],
    };
}
