using System.Text.Json;
using System.Text.Json.Serialization;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Dialogs.Prompts;
using Guidebot.BotFramework.Turns;
using Guidebot.Testing.Dialogs;
using Guidebot.Testing.Turns;

namespace Guidebot.BotFramework.Tests.Dialogs.Prompts;

public sealed class PromptDialogTests
{
    [Fact]
    public async Task ChoicePrompt_ShowsButtonsThenAcceptsATypedNumber()
    {
        var client = new DialogTestClient(new AskDialog());

        var question = Assert.Single(await client.SendAsync("start"));
        Assert.Equal(["Helbred", "Familie"], question.SubmitButtons().Select(b => b.Title));

        Assert.Equal("Valgt: familie", Assert.Single(await client.SendAsync("2")).Text);
    }

    [Fact]
    public async Task ChoicePrompt_UnrecognisedAnswer_RetriesInDanishAndKeepsWaiting()
    {
        var client = new DialogTestClient(new AskDialog());
        await client.SendAsync("start");

        var retry = Assert.Single(await client.SendAsync("banan"));

        Assert.Contains("Det forstod jeg ikke", retry.AllText(), StringComparison.Ordinal);
        Assert.Equal(2, retry.SubmitButtons().Count);
        Assert.Equal("Valgt: helbred", Assert.Single(await client.SendAsync(TestActivities.Click(retry.SubmitButtons()[0].ClickValue()))).Text);
    }

    [Fact]
    public async Task ConfirmPrompt_ValidatorRejects_AsksAgainWithTheCustomRetry()
    {
        var client = new DialogTestClient(new AskDialog());
        await client.SendAsync("start");
        await client.SendAsync("helbred");
        var confirm = await client.SendAsync("videre");

        Assert.Equal(["Ja", "Nej"], Assert.Single(confirm).SubmitButtons().Select(b => b.Title));
        Assert.Contains("Du skal svare ja for at gå videre", Assert.Single(await client.SendAsync("nej tak")).AllText(), StringComparison.Ordinal);
        Assert.Equal("Bekræftet", Assert.Single(await client.SendAsync("jep")).Text);
    }

    private sealed class AskDialog : ComponentDialog
    {
        public AskDialog()
            : base("ask")
        {
            AddDialog(new WaterfallDialog<Empty>("steps", [ChooseAsync, ShowChoiceAsync, ConfirmAsync, DoneAsync], PromptTestJson.Default.Empty));
            AddDialog(new ChoicePrompt("choice"));
            AddDialog(new ConfirmPrompt("confirm", (context, ct) => Task.FromResult(context.Recognized.Value)));
        }

        private static Task<DialogTurnResult> ChooseAsync(WaterfallStepContext<Empty> step, CancellationToken ct) =>
            step.PromptAsync("choice", new PromptOptions { Prompt = "Hvilken barriere?", Choices = [new("helbred", "Helbred"), new("familie", "Familie")] }, ct);

        private static async Task<DialogTurnResult> ShowChoiceAsync(WaterfallStepContext<Empty> step, CancellationToken ct)
        {
            await step.Context.SendActivityAsync($"Valgt: {((FoundChoice)step.Result!).Value}", ct);
            return Dialog.EndOfTurn;
        }

        private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext<Empty> step, CancellationToken ct) =>
            step.PromptAsync("confirm", new PromptOptions { Prompt = "Er du klar?", RetryPrompt = "Du skal svare ja for at gå videre." }, ct);

        private static async Task<DialogTurnResult> DoneAsync(WaterfallStepContext<Empty> step, CancellationToken ct)
        {
            await step.Context.SendActivityAsync("Bekræftet", ct);
            return await step.EndDialogAsync(null, ct);
        }
    }
}

public sealed class Empty;

[JsonSerializable(typeof(Empty))]
public sealed partial class PromptTestJson : JsonSerializerContext;
