using System.Text;
using System.Text.Json;
using Guidebot.BotFramework.Storage;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>A CPR number typed anywhere gets a reminder and is kept out of state and logs.</summary>
public sealed class PrivacyConversationTests : IClassFixture<LoggingFactory>
{
    private const string Cpr = "010203-1234";
    private readonly LoggingFactory _factory;

    public PrivacyConversationTests(LoggingFactory factory) => _factory = factory;

    [Theory]
    [InlineData("Borgeren har cpr 010203-1234, hvad gør jeg?")]
    [InlineData("0102031234 har ondt i ryggen")]
    public async Task TypedCpr_GetsTheReminderAndGoesNoFurther(string text)
    {
        var replies = await GuideTestAdapter.Create().ProcessAsync(TestActivities.Message(text));

        var reply = Assert.Single(replies);
        Assert.Contains("CPR-nummer", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Card());
        Assert.DoesNotContain("1234", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("telefon 40 50 60 70")]
    [InlineData("årstal 2024 og 1234")]
    [InlineData("991399-1234")]
    public async Task NumbersThatAreNotCpr_AreSearchedAsUsual(string text)
    {
        var reply = Assert.Single(await GuideTestAdapter.Create().ProcessAsync(TestActivities.Message(text)));

        Assert.DoesNotContain("CPR-nummer", reply.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CprInTheSearchBoxOrTextAndClicks_IsAbsentFromStateAndLogs()
    {
        var client = _factory.CreateClient();
        var conversation = "privacy-" + Guid.NewGuid().ToString("N");
        await client.ExchangeAsync(Activities.Message("menu", conversation));
        var typed = Activities.Message($"borgeren {Cpr} gør modstand", conversation);
        var searchBox = Activities.Message(null, conversation);
        searchBox.Value = JsonDocument.Parse($$"""{"verb":"search","query":"{{Cpr}} modstand"}""").RootElement;

        var typedReplies = await client.ExchangeAsync(typed);
        var clickReplies = await client.ExchangeAsync(searchBox);

        Assert.All(typedReplies.Concat(clickReplies), r => Assert.Contains("CPR-nummer", r.Text, StringComparison.Ordinal));
        var storage = (MemoryStorage)_factory.Services.GetRequiredService<IStorage>();
        var stored = await storage.ReadAsync($"msteams/conversations/{conversation}", Guidebot.BotFramework.Schema.BotFrameworkJson.Default.DictionaryStringJsonElement, default);
        Assert.DoesNotContain(Cpr, JsonSerializer.Serialize(stored!.Value, Guidebot.BotFramework.Schema.BotFrameworkJson.Default.DictionaryStringJsonElement), StringComparison.Ordinal);
        Assert.DoesNotContain(_factory.Logs.Lines, line => line.Contains("010203", StringComparison.Ordinal));
        Assert.NotEmpty(_factory.Logs.Lines);
    }
}
