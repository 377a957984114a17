using System.Text.Json;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Storage;
using Guidebot.BotFramework.Turns;
using Guidebot.Testing.Dialogs;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.BotFramework.Tests.Dialogs;

public sealed class DialogEngineTests
{
    [Fact]
    public async Task Waterfall_TypedTextThenClickThenChild_RunsEveryStepWithItsInput()
    {
        var client = new DialogTestClient(new InterviewDialog());

        Assert.Equal("Hvad hedder du?", Texts(await client.SendAsync("hej")));
        Assert.Equal("Hej Mette. Klik eller skriv.", Texts(await client.SendAsync("Mette")));
        Assert.Equal("Du valgte b|Runde 42", Texts(await client.SendAsync(TestActivities.Click(Json("""{"pick":"b"}""")))));
        Assert.Equal("Færdig, Mette: runde 42 (ok)", Texts(await client.SendAsync("ok")));
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("done", client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task Waterfall_TypedTextInsteadOfClick_IsReadAlike()
    {
        var client = new DialogTestClient(new InterviewDialog());
        await client.SendAsync("hej");
        await client.SendAsync("Mette");

        Assert.StartsWith("Du valgte skrevet", Texts(await client.SendAsync("skrevet")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextPrompt_ClickWithoutText_AsksAgain()
    {
        var client = new DialogTestClient(new InterviewDialog());
        await client.SendAsync("hej");

        var replies = await client.SendAsync(TestActivities.Click(Json("""{"pick":"a"}""")));

        Assert.Equal("Skriv venligst dit svar som tekst.", Texts(replies));
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Commands_AtDepth_RunBeforeTheActiveDialog()
    {
        var client = new DialogTestClient(new InterviewDialog(), TestCommands.Register);
        await client.SendAsync("hej");

        // The prompt sits three levels down (component → waterfall → prompt); help re-asks its question.
        Assert.Equal("Hjælp: skriv menu|Hvad hedder du?", Texts(await client.SendAsync("Hjælp!")));
        Assert.Equal("Hej Mette. Klik eller skriv.", Texts(await client.SendAsync("Mette")));
        Assert.Equal("Menu", Texts(await client.SendAsync("MENU")));
        Assert.Equal("Hvad hedder du?", Texts(await client.SendAsync("noget")));
    }

    [Fact]
    public async Task Commands_ClickedCommand_IsRecognised()
    {
        var client = new DialogTestClient(new InterviewDialog(), TestCommands.Register);
        await client.SendAsync("hej");

        Assert.Equal("Menu", Texts(await client.SendAsync(TestActivities.Click(Json("""{"verb":"forfra"}""")))));
    }

    [Fact]
    public async Task CardAction_ClickWithItsVerb_ReachesTheTypedHandlerAtAnyDepth()
    {
        var client = new DialogTestClient(new InterviewDialog(), runner => runner.OnCardAction("open", DialogTestJson.Default.Answers, async (dc, data, ct) =>
        {
            await dc.Context.SendActivityAsync($"Åbner {data.Name}", ct);
            return Dialog.EndOfTurn;
        }));
        await client.SendAsync("hej");

        Assert.Equal("Åbner råderum", Texts(await client.SendAsync(TestActivities.Click(Json("""{"verb":"open","name":"råderum"}""")))));
        Assert.Equal("Hej Mette. Klik eller skriv.", Texts(await client.SendAsync("Mette")));
    }

    [Fact]
    public async Task CardAction_DataOfAnotherShape_GoesOnToTheActiveDialog()
    {
        var client = new DialogTestClient(new InterviewDialog(), runner => runner.OnCardAction("open", DialogTestJson.Default.Answers, (dc, data, ct) => throw new InvalidOperationException("not mine")));
        await client.SendAsync("hej");

        var replies = await client.SendAsync(TestActivities.Click(Json("""{"verb":"open","round":"not a number"}""")));

        Assert.Equal("Skriv venligst dit svar som tekst.", Texts(replies));
    }

    [Fact]
    public void OnCardAction_VerbAlreadyACommand_FailsAtStartup()
    {
        var runner = new DialogRunner(new InterviewDialog(), new ConversationState(new MemoryStorage()).CreateProperty("d", DialogRunner.StateTypeInfo), "1");
        runner.AddCommand(new DialogCommand(["menu"], (dc, ct) => Task.FromResult(DialogTurnResult.Empty)));

        Assert.Throws<InvalidOperationException>(() => runner.OnCardAction("menu", DialogTestJson.Default.Answers, (dc, data, ct) => Task.FromResult(DialogTurnResult.Empty)));
    }

    [Fact]
    public void AddCommand_SameWordTwice_FailsAtStartup()
    {
        var runner = new DialogRunner(new InterviewDialog(), new ConversationState(new MemoryStorage()).CreateProperty("d", DialogRunner.StateTypeInfo), "1");
        runner.AddCommand(new DialogCommand(["menu"], (dc, ct) => Task.FromResult(DialogTurnResult.Empty)));

        Assert.Throws<InvalidOperationException>(() => runner.AddCommand(new DialogCommand(["Menu"], (dc, ct) => Task.FromResult(DialogTurnResult.Empty))));
    }

    [Theory]
    [InlineData("""{"version":"old","stack":[{"id":"interview"}]}""")]
    [InlineData("""{"version":"v2","stack":[{"id":"removed-dialog"}]}""")]
    [InlineData("""{"version":"v2","stack":[{"id":"interview","state":[{"id":"main","state":{"step":"not a number"}}]}]}""")]
    public async Task Run_StackFromAnotherVersion_IsClearedAndTheUserToldInDanish(string savedDialogState)
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(
            "test/conversations/conversation-1",
            new Dictionary<string, JsonElement> { ["DialogState"] = Json(savedDialogState) },
            BotFrameworkJson.Default.DictionaryStringJsonElement,
            null,
            default);
        var adapter = TestAdapter.ForBot(s => new RunnerBot(s.GetRequiredService<ConversationState>(), "v2"), storage);

        var replies = await adapter.ProcessAsync(TestActivities.Message("hej"));

        Assert.Equal("Guiden er blevet opdateret siden sidst, så vi starter forfra.|Hvad hedder du?", Texts(replies));
    }

    [Fact]
    public async Task Stack_BeginReplaceEndCancel_BehaveAsDocumented()
    {
        var child = new WaterfallDialog<Answers>("child", [(step, ct) => Task.FromResult(Dialog.EndOfTurn), (step, ct) => Task.FromResult(Dialog.EndOfTurn)], DialogTestJson.Default.Answers);
        var other = new WaterfallDialog<Answers>("other", [(step, ct) => step.EndDialogAsync(step.Values.Round, ct)], DialogTestJson.Default.Answers);
        var turn = new TurnContext(TestActivities.Message("x"), new ServiceCollection().BuildServiceProvider());
        var dc = new DialogContext(new DialogSet().Add(child).Add(other), turn, [], parent: null);

        await dc.BeginDialogAsync("child", null, default);
        await dc.BeginDialogAsync("child", null, default);
        Assert.Equal(["child", "child"], dc.Stack.Select(i => i.Id));

        // "other" ends at once, so the child below it resumes at its second step and waits there.
        var replaced = await dc.ReplaceDialogAsync("other", new Answers { Round = 7 }, default);
        Assert.Equal(DialogTurnStatus.Waiting, replaced.Status);
        Assert.Equal(["child"], dc.Stack.Select(i => i.Id));

        var cancelled = await dc.CancelAllDialogsAsync(default);
        Assert.Equal(DialogTurnStatus.Cancelled, cancelled.Status);
        Assert.Empty(dc.Stack);

        var ended = await dc.BeginDialogAsync("other", new Answers { Round = 3 }, default);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 3), ended);
    }

    private static string Texts(IEnumerable<Activity> replies) => string.Join('|', replies.Select(r => r.Text));

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private sealed class RunnerBot(ConversationState state, string version) : IBot
    {
        private readonly DialogRunner _runner = new(new InterviewDialog(), state.CreateProperty("DialogState", DialogRunner.StateTypeInfo), version);

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => _runner.RunAsync(turnContext, cancellationToken);
    }
}
