using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty typed answer is recognised.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    /// <summary>The default retry prompt.</summary>
    public const string DefaultRetryPrompt = "Skriv venligst dit svar som tekst.";

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return turnContext.SendActivityAsync(isRetry ? options.RetryPrompt ?? DefaultRetryPrompt : options.Prompt, cancellationToken);
    }

    /// <inheritdoc/>
    protected override PromptRecognizerResult<string> Recognize(UserInput input, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Text is { } text ? new(true, text) : new(false, null);
    }
}
