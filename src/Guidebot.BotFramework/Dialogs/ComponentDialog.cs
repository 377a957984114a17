namespace Guidebot.BotFramework.Dialogs;

/// <summary>A dialog made of other dialogs: its own <see cref="DialogSet"/> and inner stack, started at an initial dialog.</summary>
public abstract class ComponentDialog : Dialog
{
    private readonly DialogSet _dialogs = new();

    /// <summary>Creates the component.</summary>
    protected ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The id of the inner dialog begun first.</summary>
    protected string? InitialDialogId { get; set; }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no initial dialog.");
        return RunInnerAsync(dc, inner => inner.BeginDialogAsync(initial, options, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunInnerAsync(dc, inner => inner.ContinueDialogAsync(cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(Turns.ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var stack = InstanceState.Read(instance, DialogJson.Default.ListDialogInstance) ?? [];
        return new DialogContext(_dialogs, turnContext, stack, parent: null).RepromptDialogAsync(cancellationToken);
    }

    /// <summary>Adds an inner dialog; the first one added is the initial dialog unless set otherwise.</summary>
    protected void AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
    }

    private async Task<DialogTurnResult> RunInnerAsync(DialogContext dc, Func<DialogContext, Task<DialogTurnResult>> run, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var stack = InstanceState.Read(instance, DialogJson.Default.ListDialogInstance) ?? [];
        var inner = new DialogContext(_dialogs, dc.Context, stack, dc);
        var result = await run(inner);
        InstanceState.Write(instance, stack, DialogJson.Default.ListDialogInstance);
        return result.Status is DialogTurnStatus.Complete or DialogTurnStatus.Cancelled
            ? await dc.EndDialogAsync(result.Result, cancellationToken)
            : result;
    }
}
