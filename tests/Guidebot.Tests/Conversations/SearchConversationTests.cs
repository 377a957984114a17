using System.Text.Json;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Conversations;

public sealed class SearchConversationTests
{
    [Fact]
    public async Task TypedQuestion_ShowsTheBestItemInFullWithTwoMoreAsButtons()
    {
        var adapter = GuideTestAdapter.Create();

        var reply = Assert.Single(await adapter.ProcessAsync(TestActivities.Message("borgeren gør modstand")));

        var text = reply.AllText();
        Assert.Contains("Bedste svar på:", text, StringComparison.Ordinal);
        Assert.Contains("modstand", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Kilde:", text, StringComparison.Ordinal);
        Assert.Contains("Andre forslag", text, StringComparison.Ordinal);
        Assert.Equal(2, reply.SubmitButtons().Count(b => b.Data.TryGetProperty("verb", out var v) && v.GetString() == "item" && b.Title != "Åbn i guiden" && !b.Title.StartsWith("Alt om: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnswerWithASpellingSuggestion_ShowsTheAnswerFirst()
    {
        var reply = Assert.Single(await GuideTestAdapter.Create().ProcessAsync(TestActivities.Message("et cirkulært spørgsmål")));

        var text = reply.AllText();
        var answer = text.IndexOf("Fortid, komplekse spørgsmål", StringComparison.Ordinal);
        var suggestion = text.IndexOf("Mente du", StringComparison.Ordinal);
        Assert.True(answer >= 0 && suggestion > answer, "the answer should come before the spelling suggestion");
    }

    [Fact]
    public async Task SearchBox_SubmitsTheTypedQuery()
    {
        await new TestFlow(GuideTestAdapter.Create())
            .Send("menu")
            .AssertReply("Søg i guiden")
            .Click("Søg", new Dictionary<string, string> { ["query"] = "karl tomm spørgsmål" })
            .AssertReply(reply => Assert.Contains("Karl Tomm", reply.AllText(), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Nonsense_GetsAFriendlyNoMatchCardWithTheMenu()
    {
        var reply = Assert.Single(await GuideTestAdapter.Create().ProcessAsync(TestActivities.Message("pizza opskrift")));

        Assert.Contains("Jeg fandt ikke et godt svar på:", reply.AllText(), StringComparison.Ordinal);
        Assert.Contains(reply.SubmitButtons(), b => b.Title == "Det praksisfaglige råderum");
        Assert.Contains(reply.SubmitButtons(), b => b.Title == "Søg");
    }

    [Fact]
    public async Task EmptySearchBox_AsksForAQuestion()
    {
        var adapter = GuideTestAdapter.Create();

        var reply = Assert.Single(await adapter.ProcessAsync(TestActivities.Click(JsonDocument.Parse("""{"verb":"search","query":"  "}""").RootElement)));

        Assert.Contains("Skriv et spørgsmål i feltet", reply.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[klik her](https://evil.example) **fed** <b>x</b>")]
    [InlineData("modstand\n\n# Overskrift\r\n- punkt")]
    [InlineData("\"}]},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}")]
    public async Task EchoedQuery_CannotInjectLinksMarkdownOrStructure(string query)
    {
        var reply = Assert.Single(await GuideTestAdapter.Create().ProcessAsync(TestActivities.Message(query)));

        var card = reply.Card()!.Value.GetRawText();
        using var json = JsonDocument.Parse(card);
        Assert.DoesNotContain("Action.OpenUrl", Types(json.RootElement));
        var echoed = json.RootElement.GetProperty("body")[0];
        Assert.Equal("RichTextBlock", echoed.GetProperty("type").GetString());
        Assert.DoesNotContain(
            json.RootElement.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "TextBlock"),
            e => e.GetProperty("text").GetString()!.Contains("evil.example", StringComparison.Ordinal));
        Assert.DoesNotContain('\n', echoed.GetProperty("inlines")[1].GetProperty("text").GetString()!);
    }

    private static IEnumerable<string> Types(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "type" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Types(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Types),
        _ => [],
    };

    [Fact]
    public async Task BackAfterAnAnswer_GoesToTheAnswersArea()
    {
        await new TestFlow(GuideTestAdapter.Create())
            .Send("forventningsafstemning tips")
            .AssertReply("Bedste svar på:")
            .Send("tilbage")
            .AssertReply("Emner")
            .StartTestAsync();
    }
}
