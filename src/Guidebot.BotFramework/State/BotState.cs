using System.Text.Json;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Storage;
using Guidebot.BotFramework.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Guidebot.BotFramework.State;

/// <summary>
/// A scope of state (conversation, user) kept in <see cref="IStorage"/> as one document of named properties.
/// It is read at most once per turn and written back, with the ETag it was read with, only when it changed.
/// </summary>
public abstract partial class BotState
{
    private readonly IStorage _storage;
    private readonly ILogger _logger;
    private readonly string _cacheKey;

    /// <summary>Creates a state scope over a storage; <paramref name="logger"/> hears of stored properties that can no longer be read.</summary>
    protected BotState(IStorage storage, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
        _logger = logger ?? NullLogger.Instance;
        _cacheKey = $"{GetType().Name}.Cache";
    }

    /// <summary>The storage key of this scope for the turn's activity.</summary>
    public abstract string GetStorageKey(Activity activity);

    /// <summary>Creates an accessor for one property of this scope.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new StatePropertyAccessor<T>(this, name, typeInfo);
    }

    /// <summary>Saves the scope if the turn changed it; fails with <see cref="EtagException"/> if someone else wrote first.</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!turnContext.TurnState.TryGetValue(_cacheKey, out var cached) || cached is not CachedState state || state.ChangedDocument() is not { } document)
        {
            return;
        }

        var key = GetStorageKey(turnContext.Activity);
        state.ETag = await _storage.WriteAsync(key, document, BotFrameworkJson.Default.DictionaryStringJsonElement, state.ETag, cancellationToken);
        state.MarkSaved(document);
    }

    /// <summary>Forgets every property of this scope for the rest of the turn; saving then stores an empty document.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await LoadAsync(turnContext, cancellationToken);
        state.Clear();
    }

    internal void ReportUnreadable(string property) => LogUnreadable(_logger, property, GetType().Name);

    // Names only: a property's content may be about a person.
    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "The stored property {Property} of {Scope} could not be read (saved by an older version, or damaged); it is treated as absent")]
    private static partial void LogUnreadable(ILogger logger, string property, string scope);

    internal async Task<CachedState> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.TryGetValue(_cacheKey, out var cached) && cached is CachedState state)
        {
            return state;
        }

        var key = GetStorageKey(turnContext.Activity);
        var item = await _storage.ReadAsync(key, BotFrameworkJson.Default.DictionaryStringJsonElement, cancellationToken);
        state = new CachedState(item?.Value ?? new Dictionary<string, JsonElement>(StringComparer.Ordinal), item?.ETag);
        turnContext.TurnState[_cacheKey] = state;
        return state;
    }
}
