using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>Asks a yes/no question with "Ja" and "Nej" buttons; typed Danish variants are understood too.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    /// <summary>The default retry prompt.</summary>
    public const string DefaultRetryPrompt = "Svar venligst ja eller nej.";

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = isRetry ? options.RetryPrompt ?? DefaultRetryPrompt : options.Prompt;
        return turnContext.SendActivityAsync(PromptCards.Confirm(text).ToAttachment(), cancellationToken);
    }

    /// <inheritdoc/>
    protected override PromptRecognizerResult<bool> Recognize(UserInput input, PromptOptions options)
    {
        var answer = ConfirmRecognizer.Recognize(input);
        return new(answer is not null, answer ?? false);
    }
}
