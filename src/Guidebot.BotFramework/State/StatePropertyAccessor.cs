using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.State;

/// <summary>
/// Reads and writes one property through its source-generated JSON type info (no reflection per turn). A stored
/// value that no longer reads as <typeparamref name="T"/> (an older shape, or damage) is dropped, reported and
/// treated as absent, so the user starts that part afresh instead of failing every turn.
/// </summary>
internal sealed class StatePropertyAccessor<T>(BotState state, string name, JsonTypeInfo<T> typeInfo) : IStatePropertyAccessor<T>
{
    private readonly Func<object?, JsonElement> _serialize = value => JsonSerializer.SerializeToElement((T)value!, typeInfo);

    public string Name => name;

    public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory, CancellationToken cancellationToken)
    {
        var cached = await state.LoadAsync(turnContext, cancellationToken);
        if (cached.TryGetLive(name, out var live))
        {
            return (T?)live;
        }

        if (cached.TryGetStored(name, out var element))
        {
            try
            {
                var value = element.Deserialize(typeInfo);
                cached.SetLive(name, value, _serialize);
                return value;
            }
            catch (JsonException)
            {
                state.ReportUnreadable(name);
                cached.Remove(name);
            }
        }

        if (defaultValueFactory is null)
        {
            return default;
        }

        var created = defaultValueFactory();
        cached.SetLive(name, created, _serialize);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken)
    {
        var cached = await state.LoadAsync(turnContext, cancellationToken);
        cached.SetLive(name, value, _serialize);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cached = await state.LoadAsync(turnContext, cancellationToken);
        cached.Remove(name);
    }
}
