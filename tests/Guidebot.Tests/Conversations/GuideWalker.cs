using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Storage;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Conversations;

/// <summary>
/// Clicks every button the bot offers, breadth-first from the welcome card, through the real endpoint.
/// Each click happens in a copy of the conversation (and user) state the card was shown in, so buttons
/// whose meaning depends on a walk-through's position are followed in the right state. Every distinct
/// card is visited once.
/// </summary>
public sealed class GuideWalker(HttpClient client, IStorage storage)
{
    /// <summary>What the walker types into text inputs (e.g. the search box).</summary>
    public const string SampleQuery = "borgeren gør modstand";

    private static readonly Dictionary<string, string> Inputs = new() { ["query"] = SampleQuery };
    private int _branches;

    public async Task<WalkResult> WalkAsync(int maxCards)
    {
        var result = new WalkResult();
        var queue = new Queue<Node>();
        var root = NewBranch();
        foreach (var reply in await client.ExchangeAsync(Activities.Message("menu", root.Conversation, root.User)))
        {
            Visit(new Node(root, [], reply), result, queue);
        }

        while (queue.Count > 0 && result.Cards.Count < maxCards)
        {
            var node = queue.Dequeue();
            foreach (var button in node.Card.SubmitButtons())
            {
                var branch = await CopyAsync(node.Branch);
                var click = Activities.Message(null, branch.Conversation, branch.User);
                click.Value = button.ClickValue(Inputs);
                result.Turns++;
                foreach (var reply in await client.ExchangeAsync(click))
                {
                    Visit(new Node(branch, [.. node.Path, button.Title], reply), result, queue);
                }
            }
        }

        return result;
    }

    private static void Visit(Node node, WalkResult result, Queue<Node> queue)
    {
        var path = node.Path.Count == 0 ? "menu" : "menu → " + string.Join(" → ", node.Path);
        if (node.Card.Card() is not { } card)
        {
            result.TextReplies.Add((path, node.Card.Text ?? string.Empty));
            return;
        }

        if (result.Cards.TryAdd(card.GetRawText(), (path, node.Card)))
        {
            queue.Enqueue(node);
        }
    }

    private Branch NewBranch()
    {
        var n = Interlocked.Increment(ref _branches);
        return new Branch($"walk-{n}", $"walker-{n}");
    }

    // A new conversation and user that start with the same state as the card's own.
    private async Task<Branch> CopyAsync(Branch from)
    {
        var to = NewBranch();
        await CopyKeyAsync($"msteams/conversations/{from.Conversation}", $"msteams/conversations/{to.Conversation}");
        await CopyKeyAsync($"msteams/users/{from.User}", $"msteams/users/{to.User}");
        return to;
    }

    private async Task CopyKeyAsync(string from, string to)
    {
        var item = await storage.ReadAsync(from, BotFrameworkJson.Default.DictionaryStringJsonElement, default);
        if (item is not null)
        {
            await storage.WriteAsync(to, item.Value, BotFrameworkJson.Default.DictionaryStringJsonElement, null, default);
        }
    }

    private sealed record Branch(string Conversation, string User);

    private sealed record Node(Branch Branch, IReadOnlyList<string> Path, Activity Card);
}

/// <summary>What a walk saw: each distinct card with the clicks that led to it, and any plain-text replies.</summary>
public sealed class WalkResult
{
    public Dictionary<string, (string Path, Activity Reply)> Cards { get; } = new(StringComparer.Ordinal);

    public List<(string Path, string Text)> TextReplies { get; } = [];

    public int Turns { get; set; }
}
