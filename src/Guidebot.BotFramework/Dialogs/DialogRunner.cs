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
    /// <summary>The property of a button's data that names a global command.</summary>
    public const string CommandProperty = "command";

    private readonly Dialog _root;
    private readonly IStatePropertyAccessor<DialogState> _accessor;
    private readonly string _version;
    private readonly Dictionary<string, DialogCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Creates a runner; <paramref name="version"/> changes whenever saved stacks can no longer be continued.</summary>
    public DialogRunner(Dialog root, IStatePropertyAccessor<DialogState> accessor, string version)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(accessor);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _root = root;
        _accessor = accessor;
        _version = version;
    }

    /// <summary>The JSON type of the saved stack, for creating the state property.</summary>
    public static JsonTypeInfo<DialogState> StateTypeInfo => DialogJson.Default.DialogState;

    /// <summary>What the user is told when a saved stack had to be cleared.</summary>
    public string RestartedText { get; init; } = "Guiden er blevet opdateret siden sidst, så vi starter forfra.";

    /// <summary>Registers a command by its words (matched case- and accent-insensitively, or clicked as <c>{"command": word}</c>).</summary>
    public DialogRunner AddCommand(DialogCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var word in command.Words.Select(TextFolding.Fold))
        {
            if (!_commands.TryAdd(word, command))
            {
                throw new InvalidOperationException($"The command word '{word}' is registered twice.");
            }
        }

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
        new(new DialogSet().Add(_root), turnContext, state.Stack, parent: null);

    private DialogCommand? FindCommand(UserInput input)
    {
        var word = input.ReadString(CommandProperty) ?? (input.IsClick ? null : input.Text);
        return word is null ? null : _commands.GetValueOrDefault(TextFolding.Fold(word));
    }
}

/// <summary>A global command: the words that trigger it and what it does to the dialog stack.</summary>
public sealed record DialogCommand(IReadOnlyList<string> Words, Func<DialogContext, CancellationToken, Task<DialogTurnResult>> Handler);
