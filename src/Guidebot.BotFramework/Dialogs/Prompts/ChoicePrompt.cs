using Guidebot.BotFramework.Turns;

namespace Guidebot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Offers choices as Adaptive Card buttons; a click, a number, the title or a close match picks one
/// (see <see cref="ChoiceRecognizer"/>). Ends with a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    /// <summary>The default retry prompt.</summary>
    public const string DefaultRetryPrompt = "Det forstod jeg ikke. Klik på en af knapperne, eller skriv nummeret på det, du vil vælge.";

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = isRetry ? options.RetryPrompt ?? DefaultRetryPrompt : options.Prompt;
        return turnContext.SendActivityAsync(PromptCards.Choices(text, options.Choices ?? []).ToAttachment(), cancellationToken);
    }

    /// <inheritdoc/>
    protected override PromptRecognizerResult<FoundChoice> Recognize(UserInput input, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(input, options.Choices ?? []);
        return new(found is not null, found);
    }
}
