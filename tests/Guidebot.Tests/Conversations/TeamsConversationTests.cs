using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Conversations;

/// <summary>In team channels and group chats the bot answers only when @mentioned, in the thread.</summary>
public sealed class TeamsConversationTests
{
    [Fact]
    public async Task ChannelMessageWithoutMention_IsIgnored()
    {
        var replies = await GuideTestAdapter.Create().ProcessAsync(ChannelMessage("menu", mention: false));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task ChannelMessageWithMention_IsAnsweredWithoutTheMentionInTheThread()
    {
        var message = ChannelMessage("<at>Guidebot</at> menu", mention: true);

        var reply = Assert.Single(await GuideTestAdapter.Create().ProcessAsync(message));

        Assert.Contains("Eller vælg et emne", reply.AllText(), StringComparison.Ordinal);
        Assert.Equal(message.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(message.Id, reply.ReplyToId);
    }

    [Fact]
    public async Task ChannelCardClick_NeedsNoMention()
    {
        var click = ChannelMessage(null, mention: false);
        click.Value = JsonDocument.Parse("""{"verb":"area","area":"step-up"}""").RootElement;

        var reply = Assert.Single(await GuideTestAdapter.Create().ProcessAsync(click));

        Assert.Contains("Step-up", reply.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChat_AnswersEverything()
    {
        Assert.Single(await GuideTestAdapter.Create().ProcessAsync(TestActivities.Message("menu")));
    }

    private static Activity ChannelMessage(string? text, bool mention)
    {
        var message = TestActivities.Message(text, "19:channel@thread.tacv2;messageid=1700000000000");
        message.Conversation!.ConversationType = "channel";
        message.Conversation.IsGroup = true;
        if (mention)
        {
            message.Entities =
            [
                new Entity
                {
                    Type = "mention",
                    Properties = new Dictionary<string, JsonElement>
                    {
                        ["text"] = JsonSerializer.SerializeToElement("<at>Guidebot</at>"),
                        ["mentioned"] = JsonDocument.Parse($$"""{"id":"{{TestActivities.BotId}}","name":"Guidebot"}""").RootElement,
                    },
                },
            ];
        }

        return message;
    }
}
