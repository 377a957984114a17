using System.Text.Json.Serialization.Metadata;
using Guidebot.BotFramework.Dialogs.Prompts;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Dialogs;

/// <summary>
/// Runs a root dialog for a turn: global commands first (they work at any depth of the stack), then the
/// active dialog, or the root dialog when none is active. A stack saved by another version of the dialogs
/// is cleared, the user is told, and the root dialog starts again.
/// </summary>
public sealed class DialogRunner
{
    /// <summary>The property of a button's data that names the command or card action it triggers.</summary>
    public const string VerbProperty = "verb";

    private readonly Dialog _root;
    private readonly IStatePropertyAccessor<DialogState> _accessor;
    private readonly string _version;
    private readonly DialogSet _dialogs = new();
    private readonly Dictionary<string, DialogCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<DialogContext, CancellationToken, Task<DialogTurnResult>?>> _cardActions = new(StringComparer.Ordinal);

    /// <summary>Creates a runner; <paramref name="version"/> changes whenever saved stacks can no longer be continued.</summary>
    public DialogRunner(Dialog root, IStatePropertyAccessor<DialogState> accessor, string version)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(accessor);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _root = root;
        _accessor = accessor;
        _version = version;
        _dialogs.Add(root);
    }

    /// <summary>The JSON type of the saved stack, for creating the state property.</summary>
    public static JsonTypeInfo<DialogState> StateTypeInfo => DialogJson.Default.DialogState;

    /// <summary>What the user is told when a saved stack had to be cleared, in the bot's language.</summary>
    public required string RestartedText
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>Adds a dialog that can be begun by id: by a command, a card action or another dialog.</summary>
    public DialogRunner AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        return this;
    }

    /// <summary>Registers a command by its words: typed (case- and accent-insensitively) or clicked as <c>{"verb": word}</c>.</summary>
    public DialogRunner AddCommand(DialogCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var word in command.Words.Select(TextFolding.Fold))
        {
            EnsureNew(word);
            _commands.Add(word, command);
        }

        return this;
    }

    /// <summary>
    /// Registers the handler of a card button whose data is <c>{"verb": verb, …}</c>, read as <typeparamref name="TData"/>.
    /// Data of another shape is not this action's: the turn goes on to the active dialog.
    /// </summary>
    public DialogRunner OnCardAction<TData>(string verb, JsonTypeInfo<TData> typeInfo, Func<DialogContext, TData, CancellationToken, Task<DialogTurnResult>> handler)
        where TData : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(handler);
        EnsureNew(verb);
        _cardActions.Add(verb, (dc, cancellationToken) => dc.Input.ReadValue(typeInfo) is { } data ? handler(dc, data, cancellationToken) : null);
        return this;
    }

    /// <summary>Runs the turn through the commands and dialogs.</summary>
    public async Task<DialogTurnResult> RunAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var state = await _accessor.GetAsync(turnContext, () => new DialogState { Version = _version }, cancellationToken);
        if (state!.Version != _version)
        {
            return await RestartAsync(turnContext, state, cancellationToken);
        }

        var dc = CreateContext(turnContext, state);
        try
        {
            if (FindCommand(dc.Input) is { } command)
            {
                return await command.Handler(dc, cancellationToken);
            }

            if (FindCardAction(dc, cancellationToken) is { } cardAction)
            {
                return await cardAction;
            }

            var result = await dc.ContinueDialogAsync(cancellationToken);
            return result.Status == DialogTurnStatus.Empty
                ? await dc.BeginDialogAsync(_root.Id, null, cancellationToken)
                : result;
        }
        catch (DialogStateMismatchException)
        {
            return await RestartAsync(turnContext, state, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> RestartAsync(ITurnContext turnContext, DialogState state, CancellationToken cancellationToken)
    {
        state.Version = _version;
        state.Stack.Clear();
        await turnContext.SendActivityAsync(RestartedText, cancellationToken);
        return await CreateContext(turnContext, state).BeginDialogAsync(_root.Id, null, cancellationToken);
    }

    private DialogContext CreateContext(ITurnContext turnContext, DialogState state) =>
        new(_dialogs, turnContext, state.Stack);

    private DialogCommand? FindCommand(UserInput input)
    {
        var word = input.ReadString(VerbProperty) ?? (input.IsClick ? null : input.Text);
        return word is null ? null : _commands.GetValueOrDefault(TextFolding.Fold(word));
    }

    private Task<DialogTurnResult>? FindCardAction(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Input.ReadString(VerbProperty) is { } verb && _cardActions.TryGetValue(verb, out var action)
            ? action(dc, cancellationToken)
            : null;

    private void EnsureNew(string verb)
    {
        if (_commands.ContainsKey(verb) || _cardActions.ContainsKey(verb))
        {
            throw new InvalidOperationException($"The verb '{verb}' is registered twice.");
        }
    }
}

/// <summary>A global command: the words that trigger it and what it does to the dialog stack.</summary>
public sealed record DialogCommand(IReadOnlyList<string> Words, Func<DialogContext, CancellationToken, Task<DialogTurnResult>> Handler);
