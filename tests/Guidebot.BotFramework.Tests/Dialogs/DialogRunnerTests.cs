using System.Text.Json;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.BotFramework.Turns;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.BotFramework.Tests.Dialogs;

public sealed class DialogRunnerTests
{
    [Fact]
    public async Task Run_ChildEndsThenParentEnds_EachTurnReachesTheActiveDialog()
    {
        var adapter = Bot();

        Assert.Equal("Hvad hedder du?", Texts(await adapter.ProcessAsync(TestActivities.Message("hej"))));
        Assert.Equal("Skriv dit navn.", Texts(await adapter.ProcessAsync(TestActivities.Click(Json("""{"pick":"a"}""")))));
        Assert.Equal("Hej Mette. Skriv ok.", Texts(await adapter.ProcessAsync(TestActivities.Message("Mette"))));
        Assert.Equal("Færdig, Mette", Texts(await adapter.ProcessAsync(TestActivities.Message("ok"))));
        Assert.Equal("Hvad hedder du?", Texts(await adapter.ProcessAsync(TestActivities.Message("igen"))));
    }

    [Fact]
    public async Task Commands_AtDepth_RunBeforeTheActiveDialog()
    {
        var adapter = Bot(TestCommands.Register);
        await adapter.ProcessAsync(TestActivities.Message("hej"));

        // The question sits two levels down (interview → name); help asks it again.
        Assert.Equal("Hjælp: skriv menu|Hvad hedder du?", Texts(await adapter.ProcessAsync(TestActivities.Message("Hjælp!"))));
        Assert.Equal("Hej Mette. Skriv ok.", Texts(await adapter.ProcessAsync(TestActivities.Message("Mette"))));
        Assert.Equal("Menu", Texts(await adapter.ProcessAsync(TestActivities.Message("MENU"))));
        Assert.Equal("Hvad hedder du?", Texts(await adapter.ProcessAsync(TestActivities.Message("noget"))));
    }

    [Fact]
    public async Task Commands_ClickedCommand_IsRecognised()
    {
        var adapter = Bot(TestCommands.Register);
        await adapter.ProcessAsync(TestActivities.Message("hej"));

        Assert.Equal("Menu", Texts(await adapter.ProcessAsync(TestActivities.Click(Json("""{"verb":"forfra"}""")))));
    }

    [Fact]
    public async Task CardAction_ClickWithItsVerb_ReachesTheTypedHandlerAtAnyDepth()
    {
        var adapter = Bot(runner => runner.OnCardAction("open", DialogTestJson.Default.OpenAction, async (dc, data, ct) =>
        {
            await dc.Context.SendActivityAsync($"Åbner {data.Name}", ct);
            return Dialog.EndOfTurn;
        }));
        await adapter.ProcessAsync(TestActivities.Message("hej"));

        Assert.Equal("Åbner råderum", Texts(await adapter.ProcessAsync(TestActivities.Click(Json("""{"verb":"open","name":"råderum"}""")))));
        Assert.Equal("Hej Mette. Skriv ok.", Texts(await adapter.ProcessAsync(TestActivities.Message("Mette"))));
    }

    [Fact]
    public async Task CardAction_DataOfAnotherShape_GoesOnToTheActiveDialog()
    {
        var adapter = Bot(runner => runner.OnCardAction("open", DialogTestJson.Default.OpenAction, (dc, data, ct) => throw new InvalidOperationException("not mine")));
        await adapter.ProcessAsync(TestActivities.Message("hej"));

        var replies = await adapter.ProcessAsync(TestActivities.Click(Json("""{"verb":"open","name":42}""")));

        Assert.Equal("Skriv dit navn.", Texts(replies));
    }

    [Fact]
    public void OnCardAction_VerbAlreadyACommand_FailsAtStartup()
    {
        var runner = InterviewBot.CreateRunner(new ConversationState(new MemoryStorage()));
        runner.AddCommand(new DialogCommand(["menu"], (dc, ct) => Task.FromResult(DialogTurnResult.Empty)));

        Assert.Throws<InvalidOperationException>(() => runner.OnCardAction("menu", DialogTestJson.Default.OpenAction, (dc, data, ct) => Task.FromResult(DialogTurnResult.Empty)));
    }

    [Fact]
    public void AddCommand_SameWordTwice_FailsAtStartup()
    {
        var runner = InterviewBot.CreateRunner(new ConversationState(new MemoryStorage()));
        runner.AddCommand(new DialogCommand(["menu"], (dc, ct) => Task.FromResult(DialogTurnResult.Empty)));

        Assert.Throws<InvalidOperationException>(() => runner.AddCommand(new DialogCommand(["Menu"], (dc, ct) => Task.FromResult(DialogTurnResult.Empty))));
    }

    [Theory]
    [InlineData("""{"version":"old","stack":[{"id":"interview"}]}""")]
    [InlineData("""{"version":"v2","stack":[{"id":"removed-dialog"}]}""")]
    [InlineData("""{"version":"v2","stack":[{"id":"interview","state":{"name":42}}]}""")]
    public async Task Run_StackTheDialogsCannotContinue_IsClearedAndTheUserToldWithTheAppsText(string savedDialogState)
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(
            "test/conversations/conversation-1",
            new Dictionary<string, JsonElement> { ["DialogState"] = Json(savedDialogState) },
            BotFrameworkJson.Default.DictionaryStringJsonElement,
            null,
            default);
        var adapter = TestAdapter.ForBot(s => new InterviewBot(s.GetRequiredService<ConversationState>(), "v2"), storage);

        var replies = await adapter.ProcessAsync(TestActivities.Message("hej"));

        Assert.Equal($"{InterviewBot.RestartedText}|Hvad hedder du?", Texts(replies));
        Assert.Equal("Hej Mette. Skriv ok.", Texts(await adapter.ProcessAsync(TestActivities.Message("Mette"))));
    }

    private static TestAdapter Bot(Action<DialogRunner>? configure = null) =>
        TestAdapter.ForBot(s => new InterviewBot(s.GetRequiredService<ConversationState>(), configure: configure));

    private static string Texts(IEnumerable<Activity> replies) => string.Join('|', replies.Select(r => r.Text));

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
