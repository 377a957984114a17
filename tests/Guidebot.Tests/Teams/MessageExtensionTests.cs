using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.Testing.Cards;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Teams;

/// <summary>The compose-box search through the real endpoint, as Teams invokes it.</summary>
public sealed class MessageExtensionTests(GuidebotFactory factory) : IClassFixture<GuidebotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Query_WithText_ReturnsMatchingCardsWithPreviews()
    {
        var results = await QueryAsync("""{"commandId":"searchGuide","parameters":[{"name":"query","value":"karl tomm"}],"queryOptions":{"skip":0,"count":5}}""");

        Assert.InRange(results.GetArrayLength(), 1, 5);
        var first = results[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", first.GetProperty("contentType").GetString());
        Assert.Contains("Karl Tomm", first.GetProperty("preview").GetProperty("content").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("invoke", first.GetProperty("preview").GetProperty("content").GetProperty("tap").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("""{"commandId":"searchGuide","parameters":[{"name":"initialRun","value":"true"}]}""")]
    [InlineData("""{"commandId":"searchGuide","parameters":[{"name":"query","value":""}]}""")]
    public async Task Query_InitialRunOrEmpty_ListsTheMainAreas(string value)
    {
        var results = await QueryAsync(value);

        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("preview").GetProperty("content").GetProperty("title").GetString() == "Det praksisfaglige råderum");
    }

    [Fact]
    public async Task Query_Paged_SkipsAndCounts()
    {
        var all = await QueryAsync("""{"parameters":[{"name":"query","value":"praktik"}],"queryOptions":{"skip":0,"count":6}}""");
        var second = await QueryAsync("""{"parameters":[{"name":"query","value":"praktik"}],"queryOptions":{"skip":3,"count":3}}""");

        Assert.Equal(6, all.GetArrayLength());
        Assert.Equal(Titles(all).Skip(3), Titles(second));
    }

    [Fact]
    public async Task SelectItem_ReturnsTheChosenCardWithoutBotButtons()
    {
        var results = await QueryAsync("""{"parameters":[{"name":"query","value":"step-up samtykke"}]}""");
        var tap = results[0].GetProperty("preview").GetProperty("content").GetProperty("tap").GetProperty("value");

        var selected = await InvokeAsync("composeExtension/selectItem", tap.GetRawText());

        Assert.Equal(HttpStatusCode.OK, selected.Status);
        var card = selected.Body.GetProperty("composeExtension").GetProperty("attachments")[0].GetProperty("content");
        Assert.DoesNotContain("Action.Submit", card.GetRawText(), StringComparison.Ordinal);
        (await CardValidator.ValidateAsync([new NamedCard("shared", System.Text.Json.Nodes.JsonNode.Parse(card.GetRawText())!)], CancellationToken.None)).EnsureValid();
    }

    [Theory]
    [InlineData("composeExtension/query", "[1,2]")]
    [InlineData("composeExtension/query", """{"commandId":"somethingElse"}""")]
    [InlineData("composeExtension/query", """{"parameters":"not a list"}""")]
    [InlineData("composeExtension/selectItem", """{"itemId":"no-such-item"}""")]
    [InlineData("composeExtension/selectItem", "\"text\"")]
    public async Task InvalidPayload_Gets400InvokeResponse(string name, string value)
    {
        var response = await InvokeAsync(name, value);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BadRequest", response.Body.GetProperty("error").GetProperty("code").GetString());
    }

    private async Task<JsonElement> QueryAsync(string value)
    {
        var response = await InvokeAsync("composeExtension/query", value);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var result = response.Body.GetProperty("composeExtension");
        Assert.Equal("list", result.GetProperty("attachmentLayout").GetString());
        return result.GetProperty("attachments");
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> InvokeAsync(string name, string value)
    {
        var invoke = Activities.OfType(ActivityTypes.Invoke, "compose-" + Guid.NewGuid().ToString("N"));
        invoke.Name = name;
        invoke.Value = JsonDocument.Parse(value).RootElement;
        using var response = await _client.PostActivityAsync(invoke);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static IEnumerable<string?> Titles(JsonElement results) =>
        results.EnumerateArray().Select(r => r.GetProperty("preview").GetProperty("content").GetProperty("title").GetString());
}
