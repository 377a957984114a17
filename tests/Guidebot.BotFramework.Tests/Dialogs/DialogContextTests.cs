using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Turns;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.BotFramework.Tests.Dialogs;

public sealed class DialogContextTests
{
    [Fact]
    public async Task Stack_BeginEndCancel_BehaveAsDocumented()
    {
        var dc = NewContext();

        var begun = await dc.BeginDialogAsync("interview", null, default);
        Assert.Equal(DialogTurnStatus.Waiting, begun.Status);
        Assert.Equal(["name", "interview"], dc.Stack.Select(i => i.Id));

        // Ending the name resumes the interview below it with the result; it waits again.
        var resumed = await dc.EndDialogAsync("Mette", default);
        Assert.Equal(DialogTurnStatus.Waiting, resumed.Status);
        Assert.Equal(["interview"], dc.Stack.Select(i => i.Id));

        var cancelled = await dc.CancelAllDialogsAsync(default);
        Assert.Equal(DialogTurnStatus.Cancelled, cancelled.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal(DialogTurnResult.Empty, await dc.ContinueDialogAsync(default));

        await dc.BeginDialogAsync("name", null, default);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "Mette"), await dc.EndDialogAsync("Mette", default));
    }

    [Fact]
    public async Task BeginDialog_UnknownId_Throws()
    {
        var dc = NewContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("removed-dialog", null, default));
        Assert.Empty(dc.Stack);
    }

    private static DialogContext NewContext() =>
        new(
            new DialogSet().Add(new InterviewDialog()).Add(new NameDialog()),
            new TurnContext(TestActivities.Message("x"), new ServiceCollection().BuildServiceProvider()),
            []);
}
