using Guidebot.BotFramework.Schema;
using Guidebot.BotFramework.Turns;
using Guidebot.Cards;
using Guidebot.Knowledge.Content;
using Guidebot.Knowledge.Tools;
using Guidebot.Texts;

namespace Guidebot.Features.Sharing;

/// <summary>
/// Guide content as plain text to paste into a journal note or an e-mail: the title, the text with "•" and "1."
/// markers, the source — no Markdown. Blocks are separated by an empty line. The words of each block come from
/// <see cref="BlockText"/> (markup removed); only the markers are added here.
/// </summary>
internal static class PlainText
{
    private const string PlainFormat = "plain";

    public static string Item(Item item) =>
        Join([[item.Title], .. item.Body.SelectMany(Blocks), [Source(item.Source)]]);

    /// <summary>A checklist's own text: each section's label, heading, points and source — no ticks, which belong to a person.</summary>
    public static string Checklist(TickList list) =>
        Join(
        [
            [list.Title],
            .. list.Sections.Select(section => (IEnumerable<string>)
            [
                section.Label,
                section.Heading,
                .. Bullets(section.Points.Select(point => BlockText.Plain(point.Text))),
                Source(section.Item.Source),
            ]),
        ]);

    /// <summary>Questions grouped under the item they come from, each group with its source.</summary>
    public static string Questions(string title, IEnumerable<(Item Item, IReadOnlyList<string> Questions)> groups) =>
        Join([[title], .. groups.Select(group => (IEnumerable<string>)[group.Item.Title, .. Bullets(group.Questions), Source(group.Item.Source)])]);

    /// <summary>Sends <paramref name="text"/> as a plain-text message, so no channel reads it as Markdown.</summary>
    public static Task SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var reply = turnContext.Activity.CreateReply(text);
        reply.TextFormat = PlainFormat;
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }

    // A block's lines; the parts a `show:` block shows each stand apart, as on the card: title, the part (or the item's lead), source.
    private static IEnumerable<IEnumerable<string>> Blocks(Block block) =>
        block is Show show
            ? show.Parts.Select(part => (IEnumerable<string>)[part.Item.Title, .. (part.Block is null ? BlockLayout.Lead(part.Item) : part.Blocks).SelectMany(Lines), Source(part.Item.Source)])
            : [Lines(block)];

    private static IEnumerable<string> Lines(Block block)
    {
        var texts = BlockText.Segments(block).ToList();
        return block switch
        {
            Checklist { Title: not null } => [.. texts.Take(1), .. Bullets(texts.Skip(1))],
            NumberedList => texts.Select((text, index) => $"{index + 1}. {text}"),
            EntryList or Table => Bullets(texts),
            Quote quote => texts.Select(text => quote.Who is null ? $"”{text}”" : $"”{text}” – {quote.Who}"),
            Note => texts.Select(text => $"{BotTexts.NoteLabel}: {text}"),
            _ => texts,
        };
    }

    private static IEnumerable<string> Bullets(IEnumerable<string> texts) => texts.Select(text => $"• {text}");

    private static string Source(SourceReference source) =>
        BotTexts.Source(source.Document.Url is { } url ? $"{source} ({url.AbsoluteUri})" : source.ToString());

    private static string Join(IEnumerable<IEnumerable<string>> blocks) =>
        string.Join("\n\n", blocks.Select(lines => string.Join('\n', lines)));
}
