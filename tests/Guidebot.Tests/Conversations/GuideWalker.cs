using Guidebot.BotFramework.Schema;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Conversations;

/// <summary>
/// Clicks every button the bot offers, breadth-first from the welcome card, through the real endpoint.
/// Each click is replayed from the start in a fresh conversation, so buttons whose meaning depends on a
/// walk-through's position are followed in the right state. Every distinct card is visited once.
/// </summary>
public sealed class GuideWalker(HttpClient client)
{
    /// <summary>What the walker types into text inputs (e.g. the search box).</summary>
    public const string SampleQuery = "borgeren gør modstand";

    private int _conversations;

    public async Task<WalkResult> WalkAsync(int maxCards)
    {
        var result = new WalkResult();
        var queue = new Queue<(IReadOnlyList<SubmitButton> Path, Activity Card)>();
        var start = await ReplayAsync([], result);
        foreach (var card in start)
        {
            Visit(card, [], result, queue);
        }

        while (queue.Count > 0 && result.Cards.Count < maxCards)
        {
            var (path, card) = queue.Dequeue();
            foreach (var button in card.SubmitButtons())
            {
                IReadOnlyList<SubmitButton> next = [.. path, button];
                foreach (var reply in await ReplayAsync(next, result))
                {
                    Visit(reply, next, result, queue);
                }
            }
        }

        return result;
    }

    private static void Visit(Activity reply, IReadOnlyList<SubmitButton> path, WalkResult result, Queue<(IReadOnlyList<SubmitButton>, Activity)> queue)
    {
        if (reply.Card() is not { } card)
        {
            result.TextReplies.Add((Describe(path), reply.Text ?? string.Empty));
            return;
        }

        var key = card.GetRawText();
        if (result.Cards.TryAdd(key, (Describe(path), reply)))
        {
            queue.Enqueue((path, reply));
        }
    }

    private async Task<IReadOnlyList<Activity>> ReplayAsync(IReadOnlyList<SubmitButton> path, WalkResult result)
    {
        var conversation = $"walk-{Interlocked.Increment(ref _conversations)}";
        var replies = await client.ExchangeAsync(Activities.Message("menu", conversation));
        foreach (var button in path)
        {
            replies = await client.ExchangeAsync(Click(button, conversation));
            result.Turns++;
        }

        return replies;
    }

    private static Activity Click(SubmitButton button, string conversation)
    {
        var click = Activities.Message(null, conversation);
        click.Value = button.ClickValue(new Dictionary<string, string> { ["query"] = SampleQuery });
        return click;
    }

    private static string Describe(IReadOnlyList<SubmitButton> path) =>
        path.Count == 0 ? "menu" : "menu → " + string.Join(" → ", path.Select(b => b.Title.Length > 0 ? b.Title : b.Data.GetRawText()));
}

/// <summary>What a walk saw: each distinct card with the clicks that led to it, and any plain-text replies.</summary>
public sealed class WalkResult
{
    public Dictionary<string, (string Path, Activity Reply)> Cards { get; } = new(StringComparer.Ordinal);

    public List<(string Path, string Text)> TextReplies { get; } = [];

    public int Turns { get; set; }
}
