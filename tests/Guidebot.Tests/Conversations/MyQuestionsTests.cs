using System.Text.Json;
using System.Text.Json.Nodes;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.Features.MyQuestions;
using Guidebot.Features.Privacy;
using Guidebot.Features.Sharing;
using Guidebot.Knowledge.Content;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;
using Guidebot.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Tests.Conversations;

/// <summary>"Spørgsmål til næste samtale": add from an item card, see, remove, copy, clear — and only the guide's questions are kept.</summary>
public sealed class MyQuestionsTests
{
    private const string Description = "praktik-beskrivelse-hjaelpespoergsmaal";
    private const string After = "praktik-guide-efter";

    private readonly TestAdapter _adapter = GuideTestAdapter.Create();

    private Guide Guide => _adapter.Services.GetRequiredService<Guide>();

    [Fact]
    public async Task Add_FromTheItemCard_ShowsTheListGroupedWithSourceAndPreTicksItNextTime()
    {
        var item = Guide.FindItem(Description)!;
        var questions = Questions(item);

        await new TestFlow(_adapter)
            .Send(Open(Description))
            .AssertReply(item.Title)
            .Click(MyQuestionsTexts.AddButton)
            .AssertReply(reply =>
            {
                Assert.Equal(questions, Toggles(reply).Select(toggle => toggle.Title));
                Assert.All(Toggles(reply), toggle => Assert.Null(toggle.Value));
            })
            .Click(MyQuestionsTexts.SaveButton, Ticks(questions.Count, 0, 2))
            .AssertReply(reply =>
            {
                var text = reply.AllText();
                Assert.Contains(MyQuestionsTexts.Saved(item.Title, 2), text, StringComparison.Ordinal);
                Assert.Equal([$"» {questions[0]}", $"» {questions[2]}"], QuestionLines(reply));
                Assert.Contains(item.Title, text.Split('\n'));
                Assert.Contains(BotTexts.Source(item.Source.ToString()), text, StringComparison.Ordinal);
            })
            .Send("Spørgsmål til næste samtale")
            .AssertReply(reply => Assert.Equal([$"» {questions[0]}", $"» {questions[2]}"], QuestionLines(reply)))
            .Send(Open(Description))
            .AssertReply(item.Title)
            .Click(MyQuestionsTexts.AddButton)
            .AssertReply(reply => Assert.Equal(["q0", "q2"], Toggles(reply).Where(toggle => toggle.Value == "true").Select(toggle => toggle.Id)))
            // Unticking one and ticking another: the item's questions on the list become exactly the ticked ones, in the item's order.
            .Click(MyQuestionsTexts.SaveButton, Ticks(questions.Count, 2, 1))
            .AssertReply(reply => Assert.Equal([$"» {questions[1]}", $"» {questions[2]}"], QuestionLines(reply)))
            .StartTestAsync();
    }

    [Fact]
    public async Task List_RemoveCopyAndClear_DoWhatTheButtonsSay()
    {
        var description = Guide.FindItem(Description)!;
        var after = Guide.FindItem(After)!;

        await new TestFlow(_adapter)
            .Send(Save(Description, [0, 1]))
            .AssertReply(MyQuestionsTexts.Title)
            .Send(Save(After, [3]))
            .AssertReply(reply => Assert.Equal([$"» {Questions(description)[0]}", $"» {Questions(description)[1]}", $"» {Questions(after)[3]}"], QuestionLines(reply)))
            .Click(buttons => buttons.Where(b => b.Title == MyQuestionsTexts.RemoveButton).ElementAt(1), "the second Fjern")
            .AssertReply(reply =>
            {
                Assert.Contains(MyQuestionsTexts.Removed, reply.AllText(), StringComparison.Ordinal);
                Assert.Equal([$"» {Questions(description)[0]}", $"» {Questions(after)[3]}"], QuestionLines(reply));
            })
            .Click(SharingTexts.CopyButton)
            .AssertReply(reply =>
            {
                Assert.Equal("plain", reply.TextFormat);
                Assert.Equal(
                    string.Join('\n',
                    [
                        MyQuestionsTexts.Title, string.Empty,
                        description.Title, $"• {Questions(description)[0]}", BotTexts.Source(description.Source.ToString()), string.Empty,
                        after.Title, $"• {Questions(after)[3]}", BotTexts.Source(after.Source.ToString()),
                    ]),
                    reply.Text);
            })
            .Send("mine spørgsmål")
            .AssertReply(MyQuestionsTexts.ClearConfirm(2))
            .Click(MyQuestionsTexts.ClearConfirmButton)
            .AssertReply(reply =>
            {
                Assert.Contains(MyQuestionsTexts.Cleared, reply.AllText(), StringComparison.Ordinal);
                Assert.Contains(MyQuestionsTexts.Empty, reply.AllText(), StringComparison.Ordinal);
                Assert.Empty(QuestionLines(reply));
                Assert.DoesNotContain(reply.SubmitButtons(), b => b.Title == SharingTexts.CopyButton);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Add_PastTheCap_KeepsThirtyAndSaysHowManyWereLeftOut()
    {
        var description = Questions(Guide.FindItem(Description)!);
        var after = Questions(Guide.FindItem(After)!);
        var leftOut = description.Count + after.Count - SavedQuestions.Max;
        Assert.True(leftOut > 0, "The two items hold more questions than the cap.");

        await new TestFlow(_adapter)
            .Send(Save(Description, Enumerable.Range(0, description.Count)))
            .AssertReply(MyQuestionsTexts.Count(description.Count))
            .Send(Save(After, Enumerable.Range(0, after.Count)))
            .AssertReply(reply =>
            {
                Assert.Contains(MyQuestionsTexts.LeftOut(leftOut), reply.AllText(), StringComparison.Ordinal);
                Assert.Equal([.. description, .. after.Take(after.Count - leftOut)], QuestionLines(reply).Select(line => line[2..]));
            })
            // Unticking questions frees their places; the other item's questions stay.
            .Send(Save(Description, [0]))
            .AssertReply(reply => Assert.Equal([description[0], .. after.Take(after.Count - leftOut)], QuestionLines(reply).Select(line => line[2..])))
            .StartTestAsync();
    }

    [Fact]
    public async Task List_FollowsTheUserIntoAnotherConversation()
    {
        var question = Questions(Guide.FindItem(After)!)[0];
        await new TestFlow(_adapter, "conversation-a", "user-a")
            .Send(Save(After, [0], "conversation-a", "user-a"))
            .AssertReply(MyQuestionsTexts.Title)
            .StartTestAsync();

        await new TestFlow(_adapter, "conversation-b", "user-a")
            .Send("mine spørgsmål")
            .AssertReply(reply => Assert.Equal([$"» {question}"], QuestionLines(reply)))
            .StartTestAsync();
        await new TestFlow(_adapter, "conversation-b", "user-b")
            .Send("mine spørgsmål")
            .AssertReply(MyQuestionsTexts.Empty)
            .StartTestAsync();
    }

    [Fact]
    public async Task State_AfterCraftedClicks_HoldsOnlyItemIdsAndTheGuidesQuestions()
    {
        var crafted = JsonDocument.Parse($$"""{"verb":"questions-save","item":"{{After}}","q1":"true","q99":"true","note":"Jens Hansen, sygemeldt med stress","text":"Jens Hansen"}""").RootElement;
        var unknownItem = JsonDocument.Parse("""{"verb":"questions-save","item":"findes-ikke","q0":"true"}""").RootElement;
        var removeUnknown = JsonDocument.Parse($$"""{"verb":"questions-remove","item":"{{After}}","question":"Jens Hansen"}""").RootElement;
        var withCpr = JsonDocument.Parse($$"""{"verb":"questions-save","item":"{{After}}","q2":"true","note":"010190-1234"}""").RootElement;

        await new TestFlow(_adapter)
            .Send(TestActivities.Click(crafted))
            .AssertReply(MyQuestionsTexts.Count(1))
            .Send(TestActivities.Click(unknownItem))
            .AssertReply(MyQuestionsTexts.Count(1))
            .Send(TestActivities.Click(removeUnknown))
            .AssertReply(MyQuestionsTexts.Count(1))
            .Send(TestActivities.Click(withCpr))
            .AssertReply(PrivacyTexts.CprReminder)
            .StartTestAsync();

        var key = _adapter.Services.GetRequiredService<UserState>().GetStorageKey(TestActivities.Message(null));
        var stored = await _adapter.Services.GetRequiredService<IStorage>().ReadAsync(key, BotFrameworkJson.Default.DictionaryStringJsonElement, CancellationToken.None);
        var saved = Assert.Single(stored!.Value["QuestionList"].EnumerateObject());
        Assert.Equal("questions", saved.Name);
        var question = Assert.Single(saved.Value.EnumerateArray());
        Assert.Equal(["item", "text"], question.EnumerateObject().Select(property => property.Name));
        Assert.Equal(After, question.GetProperty("item").GetString());
        Assert.Equal(Questions(Guide.FindItem(After)!)[1], question.GetProperty("text").GetString());
        var everything = JsonSerializer.Serialize(stored.Value, BotFrameworkJson.Default.DictionaryStringJsonElement);
        Assert.DoesNotContain("Jens", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("010190", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pick_ItemWithoutQuestions_OffersNoButtonAndAStaleClickShowsTheList()
    {
        var item = Guide.Items.First(i => !i.Body.OfType<QuestionList>().Any());

        await new TestFlow(_adapter)
            .Send(Open(item.Id))
            .AssertReply(reply =>
            {
                Assert.DoesNotContain(reply.SubmitButtons(), b => b.Title == MyQuestionsTexts.AddButton);
                Assert.Contains(reply.SubmitButtons(), b => b.Title == SharingTexts.CopyButton);
            })
            .Send(TestActivities.Click(JsonDocument.Parse($$"""{"verb":"questions-pick","item":"{{item.Id}}"}""").RootElement))
            .AssertReply(MyQuestionsTexts.Empty)
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_NamesTheList()
    {
        await new TestFlow(_adapter)
            .Send("hjælp")
            .AssertReply(MyQuestionsCommands.Show)
            .StartTestAsync();
    }

    // The questions as the pick card offers them (plain text, each once), read from the content independently of the bot.
    private static List<string> Questions(Item item) =>
        [.. item.Body.OfType<QuestionList>().SelectMany(list => list.Texts).Select(BlockText.Plain).Distinct()];

    private static Activity Open(string item) =>
        TestActivities.Click(JsonDocument.Parse($$"""{"verb":"item","item":"{{item}}"}""").RootElement);

    // The pick card's Gem as Teams submits it (ticked toggles only; unticked ones count the same as absent).
    private static Activity Save(string item, IEnumerable<int> ticked, string conversation = "conversation-1", string user = "user-1")
    {
        var data = new JsonObject { ["verb"] = "questions-save", ["item"] = item };
        foreach (var index in ticked)
        {
            data[$"q{index}"] = "true";
        }

        return TestActivities.Click(JsonDocument.Parse(data.ToJsonString()).RootElement, conversation, user);
    }

    private static Dictionary<string, string> Ticks(int count, params int[] ticked) =>
        Enumerable.Range(0, count).ToDictionary(i => $"q{i}", i => ticked.Contains(i) ? "true" : "false");

    private static List<string> QuestionLines(Activity reply) =>
        [.. reply.AllText().Split('\n').Where(line => line.StartsWith("» ", StringComparison.Ordinal))];

    private static List<(string Id, string Title, string? Value)> Toggles(Activity reply) =>
        [.. reply.Card()!.Value.GetProperty("body").EnumerateArray()
            .Where(element => element.GetProperty("type").GetString() == "Input.Toggle")
            .Select(element => (element.GetProperty("id").GetString()!, element.GetProperty("title").GetString()!, element.TryGetProperty("value", out var value) ? value.GetString() : null))];
}
