using System.Text.Json;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;
using Guidebot.Testing.Dialogs;
using Guidebot.Testing.Turns;

namespace Guidebot.BotFramework.Tests.Dialogs;

/// <summary>A command typed with words of the user's own ("nedtælling 10") is read by its recognizer, ahead of the active dialog.</summary>
public sealed class TypedCommandTests
{
    [Fact]
    public async Task OnTypedCommand_RecognizedTextAtDepth_RunsAndLeavesTheDialogWhereItWas()
    {
        var client = Client();
        await client.SendAsync("hej");

        Assert.Equal("Om 10 sekunder", Texts(await client.SendAsync("nedtælling 10")));
        Assert.Equal("Hej Mette. Klik eller skriv.", Texts(await client.SendAsync("Mette")));
    }

    [Fact]
    public async Task OnTypedCommand_TextItDoesNotRecognize_GoesOnToTheActiveDialog()
    {
        var client = Client();
        await client.SendAsync("hej");

        Assert.Equal("Hej nedtælling. Klik eller skriv.", Texts(await client.SendAsync("nedtælling")));
    }

    [Fact]
    public async Task OnTypedCommand_CommandWord_RanksAbove()
    {
        var client = Client(recognize: _ => new Countdown(0));
        await client.SendAsync("hej");

        Assert.Equal("Menu", Texts(await client.SendAsync("menu")));
    }

    [Fact]
    public async Task OnTypedCommand_ClickCarryingText_NeverReachesIt()
    {
        var client = Client(recognize: _ => new Countdown(0));
        await client.SendAsync("hej");
        var click = TestActivities.Click(JsonDocument.Parse("""{"pick":"a"}""").RootElement.Clone());
        click.Text = "nedtælling 3";

        Assert.DoesNotContain("sekunder", Texts(await client.SendAsync(click)), StringComparison.Ordinal);
    }

    private static DialogTestClient Client(Func<string, Countdown?>? recognize = null) =>
        new(new InterviewDialog(), runner =>
        {
            TestCommands.Register(runner);
            runner.OnTypedCommand(recognize ?? Recognize, async (dc, countdown, ct) =>
            {
                await dc.Context.SendActivityAsync($"Om {countdown.Seconds} sekunder", ct);
                return Dialog.EndOfTurn;
            });
        });

    private static Countdown? Recognize(string text) =>
        text.StartsWith("nedtælling ", StringComparison.Ordinal) && int.TryParse(text["nedtælling ".Length..], out var seconds) ? new Countdown(seconds) : null;

    private static string Texts(IEnumerable<Activity> replies) => string.Join('|', replies.Select(r => r.Text));

    private sealed record Countdown(int Seconds);
}
