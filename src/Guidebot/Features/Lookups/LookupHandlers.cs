using Guidebot.Bot.Actions;
using Guidebot.BotFramework.Cards;
using Guidebot.BotFramework.Dialogs;
using Guidebot.BotFramework.Turns;
using Guidebot.Features.Browse;
using Guidebot.Features.Feedback;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;

namespace Guidebot.Features.Lookups;

/// <summary>
/// The lookups of cards/tools/ (e.g. "virksomhed"): the words a lookup declares open its start card; clicks open
/// a list or an entry. Nothing is kept: each click names what to show, and an id from an old card that no
/// longer exists shows the nearest card that does.
/// </summary>
internal sealed class LookupHandlers(Guide guide, Toolbox tools, GuideNavigator navigator, UsageLog usage)
{
    public void Register(DialogRunner runner)
    {
        foreach (var lookup in tools.Lookups.Where(lookup => lookup.Commands.Count > 0))
        {
            runner.AddCommand(new DialogCommand(lookup.Commands, (dc, cancellationToken) => ShowAsync(dc, LookupCards.Start(lookup), cancellationToken)));
        }

        runner.On<OpenLookupAction>((dc, action, cancellationToken) => ShowAsync(dc, Card(action.Lookup, null, null), cancellationToken));
        runner.On<OpenLookupListAction>((dc, action, cancellationToken) => ShowAsync(dc, Card(action.Lookup, action.List, null), cancellationToken));
        runner.On<OpenLookupEntryAction>((dc, action, cancellationToken) => ShowAsync(dc, Card(action.Lookup, action.List, action.Item), cancellationToken));
    }

    private AdaptiveCard? Card(string lookupId, string? listId, string? itemId) =>
        tools.FindLookup(lookupId) is not { } lookup ? null
        : lookup.FindList(listId ?? string.Empty) is not { } list ? LookupCards.Start(lookup)
        : list.FindEntry(itemId ?? string.Empty) is { } entry ? Entry(lookup, list, entry)
        : LookupCards.List(lookup, list);

    // An entry is an item read: it counts as a visit for the editors' report.
    private AdaptiveCard Entry(Lookup lookup, LookupList list, Item entry)
    {
        usage.RecordView(entry.Id);
        return LookupCards.Entry(guide, lookup, list, entry);
    }

    private async Task<DialogTurnResult> ShowAsync(DialogContext dc, AdaptiveCard? card, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await (card is null
            ? navigator.ShowMenuAsync(dc.Context, cancellationToken)
            : dc.Context.SendActivityAsync(card.ToAttachment(), cancellationToken));
        return DialogTurnResult.Empty;
    }
}
