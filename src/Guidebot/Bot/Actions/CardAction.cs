using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Guidebot.BotFramework.Cards;
using Guidebot.BotFramework.Dialogs;

namespace Guidebot.Bot.Actions;

/// <summary>Writes card buttons from typed <see cref="ICardAction"/> records and registers their handlers, both through <see cref="AppJson"/>.</summary>
internal static class CardAction
{
    /// <summary>The button's data: <c>{"verb": T.Verb, …the record's properties}</c>.</summary>
    public static JsonObject Data<T>(T action)
        where T : class, ICardAction
    {
        var data = JsonSerializer.SerializeToNode(action, TypeInfo<T>())!.AsObject();
        data.Insert(0, DialogRunner.VerbProperty, T.Verb);
        return data;
    }

    public static SubmitAction Button<T>(string title, T action)
        where T : class, ICardAction =>
        new() { Title = title, Data = Data(action) };

    /// <summary>The data of a button for a typed command (e.g. "menu"): clicking it is the same as typing the word.</summary>
    public static JsonObject CommandData(string word) => new() { [DialogRunner.VerbProperty] = word };

    public static SubmitAction Command(string title, string word) => new() { Title = title, Data = CommandData(word) };

    /// <summary>Registers the handler of <typeparamref name="T"/>'s clicks.</summary>
    public static DialogRunner On<T>(this DialogRunner runner, Func<DialogContext, T, CancellationToken, Task<DialogTurnResult>> handler)
        where T : class, ICardAction =>
        runner.OnCardAction(T.Verb, TypeInfo<T>(), handler);

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        AppJson.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new InvalidOperationException($"{typeof(T).Name} is missing from {nameof(AppJson)}.");
}
