using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>A conversation saved by an older version of the bot's dialogs starts again, and the user is told so in Danish.</summary>
public sealed class RestartConversationTests
{
    [Fact]
    public async Task Message_StackSavedByAnOlderVersion_IsClearedWithTheDanishNoticeThenTheMenu()
    {
        var adapter = GuideTestAdapter.Create();
        var click = TestActivities.Click(JsonDocument.Parse("{}").RootElement);
        var saved = JsonDocument.Parse("""{"version":"0","stack":[{"id":"walkthrough","state":{"walk":"raaderum","page":"3"}}]}""").RootElement.Clone();
        await adapter.Services.GetRequiredService<IStorage>().WriteAsync(
            adapter.Services.GetRequiredService<ConversationState>().GetStorageKey(click),
            new Dictionary<string, JsonElement> { ["DialogState"] = saved },
            BotFrameworkJson.Default.DictionaryStringJsonElement,
            null,
            default);

        await new TestFlow(adapter)
            .Send(click)
            .AssertReply(BotTexts.Restarted)
            .AssertReply(BotTexts.AreasHeading)
            .Send("næste")
            .AssertReply(reply => Assert.DoesNotContain(BotTexts.Restarted, reply.AllText(), StringComparison.Ordinal))
            .StartTestAsync();
    }
}
