using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Guidebot.BotFramework.Schema;
using Guidebot.ReliabilityTests.Support;
using Microsoft.Extensions.Logging;

namespace Guidebot.ReliabilityTests.HostileInput;

/// <summary>
/// Thousands of generated hostile bodies through the real endpoint (seeded, so every run posts the same ones): never
/// a 500 or a hang, only the documented status codes, no turn that crashes, no state changed by a rejected request,
/// nothing the user typed turned into a link or script, and the bot still answers normally afterwards.
/// </summary>
public sealed class HostileInputTests : IClassFixture<HostileInputTests.Factory>
{
    private const int Cases = 2_000;
    private const ulong Seed = 20_251_015;

    private static readonly HashSet<HttpStatusCode> Documented =
    [
        HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.RequestEntityTooLarge,
        HttpStatusCode.TooManyRequests, HttpStatusCode.NotImplemented, HttpStatusCode.ServiceUnavailable,
    ];

    private readonly Factory _factory;

    public HostileInputTests(Factory factory) => _factory = factory;

    [Fact]
    public async Task Post_GeneratedHostileBodies_AnswerOnlyDocumentedCodesAndLeaveStateAlone()
    {
        using var client = _factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(15);
        await client.ExchangeAsync(Turns.Message("hej", HostileActivities.Conversation));
        var snapshot = StorageSnapshot.Take(_factory.DatabasePath);
        var pcg = new PCG(1, Seed);
        var statuses = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < Cases; i++)
        {
            var body = HostileActivities.Body.Generate(pcg, null, out _);
            using var response = await client.PostBytesAsync(body);
            var text = await response.Content.ReadAsStringAsync();
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;

            Assert.True(Documented.Contains(response.StatusCode), $"case {i}: {(int)response.StatusCode} for {Describe(body)}");
            AssertNoInjectedContent(text, i);
            var after = StorageSnapshot.Take(_factory.DatabasePath);
            // 501 is an invoke that ran and found no handler (its id is remembered); every other non-200 is a refusal.
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotImplemented))
            {
                Assert.True(snapshot == after, $"case {i}: a {(int)response.StatusCode} changed the stored state; body {Describe(body)}");
            }

            snapshot = after;
        }

        Assert.DoesNotContain(_factory.Logs.GetSnapshot(), log => log.Level >= LogLevel.Error);
        Assert.True(statuses.Count >= 3, $"the generator should reach several outcomes: {string.Join(", ", statuses)}");
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task Post_HostileCardSubmitsToAnActiveConversation_KeepTheConversationUsable()
    {
        using var client = _factory.CreateClient();
        const string conversation = "hostile-clicks";
        await client.ExchangeAsync(Turns.Message("hej", conversation));
        var pcg = new PCG(2, Seed);
        var values = Gen.OneOf(
            Gen.Int.Select(i => $$"""{"verb":"item","item":{{i}}}"""),
            Gen.Int.Select(i => $$"""{"verb":{{i}}}"""),
            Gen.Const("""[1,"item",{"verb":"area"}]"""),
            Gen.Const("""{"verb":"area","area":{"area":{"area":[]}},"page":"x"}"""),
            Gen.Int[-1_000_000, 1_000_000].Select(page => $$"""{"verb":"area","area":"raaderum","page":{{page}}}"""),
            Gen.String[Gen.Char, 0, 40].Select(s => $$"""{"verb":"item","item":{{System.Text.Json.JsonSerializer.Serialize(s)}}}"""),
            Gen.Const("""{"verb":"search","query":{"$ne":null}}"""),
            Gen.Const("""{"verb":null}"""),
            Gen.Const("\"just a string\""));

        for (var i = 0; i < 500; i++)
        {
            var value = values.Generate(pcg, null, out _);
            var json = $$"""
                {"type":"message","id":"click-{{i}}","channelId":"msteams","serviceUrl":"{{Turns.NowhereServiceUrl}}",
                 "from":{"id":"29:user-1"},"recipient":{"id":"28:guidebot"},"conversation":{"id":"{{conversation}}"},
                 "deliveryMode":"expectReplies","value":{{value}}}
                """;
            using var response = await client.PostBytesAsync(Encoding.UTF8.GetBytes(json));

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"click {i}: {(int)response.StatusCode} for {value}");
        }

        Assert.DoesNotContain(_factory.Logs.GetSnapshot(), log => log.Level >= LogLevel.Error);
        var replies = await client.ExchangeAsync(Turns.Message("menu", conversation));
        Assert.NotNull(Assert.Single(replies).Attachments);
    }

    private static async Task AssertStillAnswersAsync(HttpClient client)
    {
        foreach (var conversation in new[] { HostileActivities.Conversation, "after-the-storm" })
        {
            var replies = await client.ExchangeAsync(Turns.Message("menu", conversation));
            var reply = Assert.Single(replies);
            Assert.Equal(ActivityTypes.Message, reply.Type);
            Assert.NotNull(reply.Attachments);
        }
    }

    // Nothing the user typed reaches a place a client renders as Markdown (TextBlock text, facts, fallbackText, the
    // message text) or follows as a link (any url): typed text may be echoed only as a TextRun (never Markdown; and
    // then short, without control characters), a button title or data (plain text). replyToId echoes the activity id
    // by protocol and is not shown.
    private static void AssertNoInjectedContent(string responseBody, int caseNumber)
    {
        if (!responseBody.StartsWith("{\"activities\"", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var reply in JsonNode.Parse(responseBody)!["activities"]!.AsArray())
        {
            foreach (var (text, place) in Rendered(reply?["attachments"]).Append((reply?["text"]?.ToString() ?? "", "message text")))
            {
                if (place == "TextRun")
                {
                    Assert.True(text.Length <= 81 && !text.Any(char.IsControl), $"case {caseNumber}: an echoed TextRun is long or has control characters: {text}");
                    continue;
                }

                Assert.False(text.Contains("evil.example", StringComparison.OrdinalIgnoreCase), $"case {caseNumber}: {place} shows a link the user typed: {text}");
                Assert.False(text.Contains("javascript:", StringComparison.OrdinalIgnoreCase), $"case {caseNumber}: {place} shows a script URL the user typed: {text}");
            }
        }
    }

    // The strings of a card a client renders as Markdown or follows as a link, and TextRuns, with where they are.
    private static IEnumerable<(string Text, string Place)> Rendered(JsonNode? node) => node switch
    {
        JsonObject element => element.SelectMany(property => property.Value is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? Place(element["type"]?.ToString(), property.Key) is { } place ? [(value.ToString(), place)] : []
            : Rendered(property.Value)),
        JsonArray items => items.SelectMany(Rendered),
        _ => [],
    };

    private static string? Place(string? type, string property) => (type, property) switch
    {
        ("TextRun", "text") => "TextRun",
        ("TextBlock", "text") => "TextBlock text",
        (null, "title" or "value") => "a fact",
        (_, "fallbackText") => "fallbackText",
        _ when property.EndsWith("url", StringComparison.OrdinalIgnoreCase) => $"{type} {property}",
        _ => null,
    };

    private static string Describe(byte[] body) =>
        body.Length > 300 ? $"{body.Length} bytes starting {Encoding.UTF8.GetString(body, 0, 300)}" : Encoding.UTF8.GetString(body);

    public sealed class Factory : ReliabilityFactory
    {
        public Factory()
        {
            With("RateLimits:ConversationBurst", "100000");
            With("RateLimits:ConversationPerSecond", "100000");
        }
    }
}
