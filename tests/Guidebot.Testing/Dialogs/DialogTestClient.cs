using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.State;
using Guidebot.BotFramework.Turns;
using Guidebot.Testing.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Guidebot.Testing.Dialogs;

/// <summary>Runs one dialog as the root of a test bot and returns its replies turn by turn.</summary>
public sealed class DialogTestClient
{
    private readonly TestAdapter _adapter;
    private readonly RootBot _bot;

    public DialogTestClient(Dialog dialog, Action<DialogRunner>? configure = null)
    {
        _bot = new RootBot(dialog, configure);
        _adapter = TestAdapter.ForBot(_ => _bot);
    }

    /// <summary>The adapter the dialog runs on, e.g. for a <see cref="TestFlow"/>.</summary>
    public TestAdapter Adapter => _adapter;

    /// <summary>What the dialogs returned on the last turn.</summary>
    public DialogTurnResult? DialogTurnResult => _bot.LastResult;

    /// <summary>Sends text and returns the replies of that turn.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(string text) => _adapter.ProcessAsync(TestActivities.Message(text));

    /// <summary>Sends any activity (e.g. a click) and returns the replies of that turn.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(Activity activity) => _adapter.ProcessAsync(activity);

    private sealed class RootBot(Dialog dialog, Action<DialogRunner>? configure) : IBot
    {
        private DialogRunner? _runner;

        public DialogTurnResult? LastResult { get; private set; }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            _runner ??= CreateRunner(turnContext.Services.GetRequiredService<ConversationState>());
            LastResult = await _runner.RunAsync(turnContext, cancellationToken);
        }

        private DialogRunner CreateRunner(ConversationState state)
        {
            var runner = new DialogRunner(dialog, state.CreateProperty("DialogState", DialogRunner.StateTypeInfo), "test");
            configure?.Invoke(runner);
            return runner;
        }
    }
}
