using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.State;

/// <summary>Typed access to one named property of a <see cref="BotState"/> scope.</summary>
public interface IStatePropertyAccessor<T>
{
    /// <summary>The property's name in the state document.</summary>
    string Name { get; }

    /// <summary>Gets the value; when absent, stores and returns <paramref name="defaultValueFactory"/>'s value, or default.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory, CancellationToken cancellationToken);

    /// <summary>Sets the value for this turn; it is saved with the scope.</summary>
    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken);

    /// <summary>Removes the property.</summary>
    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
