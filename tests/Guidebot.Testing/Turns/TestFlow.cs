using Guidebot.BotFramework.Schema;
using Xunit;

namespace Guidebot.Testing.Turns;

/// <summary>
/// A scripted conversation: <c>Send</c> text, <c>Click</c> a button on the last card, and assert the
/// replies in order. Steps run when <see cref="StartTestAsync"/> is awaited.
/// </summary>
public sealed class TestFlow(TestAdapter adapter, string conversationId = "conversation-1", string userId = "user-1")
{
    private readonly List<Func<Task>> _steps = [];
    private Activity? _lastReply;

    public TestFlow Send(string text) => Send(TestActivities.Message(text, conversationId, userId));

    public TestFlow Send(Activity activity)
    {
        _steps.Add(async () => await adapter.ProcessAsync(activity));
        return this;
    }

    /// <summary>Clicks the submit button titled <paramref name="title"/> on the last asserted reply, with optional input values.</summary>
    public TestFlow Click(string title, IReadOnlyDictionary<string, string>? inputs = null) =>
        Click(buttons => buttons.FirstOrDefault(b => b.Title == title), $"button '{title}'", inputs);

    /// <summary>Clicks the button <paramref name="choose"/> picks from the last asserted reply's buttons.</summary>
    public TestFlow Click(Func<IReadOnlyList<SubmitButton>, SubmitButton?> choose, string description = "button", IReadOnlyDictionary<string, string>? inputs = null)
    {
        _steps.Add(async () =>
        {
            var reply = _lastReply ?? throw new InvalidOperationException("Click needs a reply with a card first (use AssertReply).");
            var buttons = reply.SubmitButtons();
            var button = choose(buttons) ?? throw new Xunit.Sdk.XunitException(
                $"No {description} on the card; it has: {string.Join(", ", buttons.Select(b => b.Title))}");
            await adapter.ProcessAsync(TestActivities.Click(button.ClickValue(inputs), conversationId, userId));
        });
        return this;
    }

    public TestFlow AssertReply(Action<Activity> inspect)
    {
        _steps.Add(() =>
        {
            var reply = adapter.NextReply() ?? throw new Xunit.Sdk.XunitException("Expected a reply, but the bot sent nothing more.");
            _lastReply = reply;
            inspect(reply);
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Asserts the next reply shows <paramref name="expected"/> somewhere in its text or card.</summary>
    public TestFlow AssertReply(string expected) =>
        AssertReply(reply => Assert.Contains(expected, reply.AllText(), StringComparison.Ordinal));

    public TestFlow AssertNoReply()
    {
        _steps.Add(() =>
        {
            var reply = adapter.NextReply();
            Assert.True(reply is null, $"Expected no reply, but got: {reply?.AllText()}");
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
    }
}
