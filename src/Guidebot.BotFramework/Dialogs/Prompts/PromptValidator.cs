using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>Decides whether a recognised answer is acceptable; return false to ask again.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

/// <summary>What a validator sees: the turn, what was recognised, the prompt's options and how often it has asked.</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);

/// <summary>Whether the input was understood, and as what.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value);
