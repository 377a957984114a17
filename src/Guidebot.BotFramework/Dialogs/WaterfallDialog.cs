using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Guidebot.BotFramework.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog{TState}"/>.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();

/// <summary>
/// A dialog that runs its steps in order. Its values are a typed <typeparamref name="TState"/> record,
/// saved with the stack between turns; begin options of that type become the initial values.
/// </summary>
public sealed class WaterfallDialog<TState> : Dialog
    where TState : class, new()
{
    private readonly IReadOnlyList<WaterfallStep<TState>> _steps;
    private readonly JsonTypeInfo<TState> _stateType;

    /// <summary>Creates the waterfall from its steps, in order.</summary>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep<TState>> steps, JsonTypeInfo<TState> stateType)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(stateType);
        _steps = [.. steps];
        _stateType = stateType;
        if (_steps.Count == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var values = options as TState ?? new TState();
        return RunStepAsync(dc, 0, values, DialogReason.BeginCalled, options, result: null, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        ResumeDialogAsync(dc, DialogReason.ContinueCalled, null, cancellationToken);

    /// <inheritdoc/>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var saved = InstanceState.Read(dc.ActiveDialog!, DialogJson.Default.WaterfallInstance)
            ?? throw new DialogStateMismatchException($"Waterfall '{Id}' has no saved position.");
        var values = saved.Values is { } element ? Deserialize(element) : new TState();
        return RunStepAsync(dc, saved.Step + 1, values, reason, options: null, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, TState values, DialogReason reason, object? options, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        var step = new WaterfallStepContext<TState>(this, dc, index, values, reason, options, result);
        Save(instance, index, values);
        var outcome = await _steps[index](step, cancellationToken);
        if (!step.MovedOn)
        {
            Save(instance, index, values);
        }

        return outcome;
    }

    internal void Save(DialogInstance instance, int index, TState values) =>
        InstanceState.Write(
            instance,
            new WaterfallInstance(index, JsonSerializer.SerializeToElement(values, _stateType)),
            DialogJson.Default.WaterfallInstance);

    private TState Deserialize(JsonElement element)
    {
        try
        {
            return element.Deserialize(_stateType) ?? new TState();
        }
        catch (JsonException ex)
        {
            throw new DialogStateMismatchException($"The saved values of waterfall '{Id}' have an older shape.", ex);
        }
    }
}

/// <summary>A waterfall's saved position and values.</summary>
internal sealed record WaterfallInstance(
    [property: JsonPropertyName("step")] int Step,
    [property: JsonPropertyName("values")] JsonElement? Values);
