using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;

namespace Guidebot.BotFramework.Turns;

/// <summary>
/// Remembers the ids of the last activities processed in a conversation (in its state, saved with the
/// turn), so an activity the channel re-delivers — Teams does after 15 s without an answer — runs once.
/// </summary>
internal sealed class RedeliveryGuard(ConversationState conversationState)
{
    internal const int Remembered = 32;

    private readonly IStatePropertyAccessor<List<string>> _processed =
        conversationState.CreateProperty("ProcessedActivityIds", BotFrameworkJson.Default.ListString);

    public async Task<bool> IsRepeatAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var id = turnContext.Activity.Id;
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var processed = await _processed.GetAsync(turnContext, null, cancellationToken);
        return processed?.Contains(id, StringComparer.Ordinal) == true;
    }

    public async Task RecordAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var id = turnContext.Activity.Id;
        if (string.IsNullOrEmpty(id))
        {
            return;
        }

        var processed = await _processed.GetAsync(turnContext, () => [], cancellationToken);
        processed!.Add(id);
        if (processed.Count > Remembered)
        {
            processed.RemoveRange(0, processed.Count - Remembered);
        }
    }
}
