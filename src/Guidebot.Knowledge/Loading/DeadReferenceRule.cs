using System.Text.RegularExpressions;
using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Loading;

/// <summary>
/// Reports source text that points at something a card cannot show: a page, a figure or its colours, a
/// chapter, a QR code, the printed conversation cards, or text "below" that is not there. The bot's own
/// notes may say where to look instead, so they are not checked, nor are items of the bot's own wording.
/// </summary>
internal static partial class DeadReferenceRule
{
    private static readonly (Regex Pattern, string What)[] Pointers =
    [
        (PageNumber(), "a page of the printed document"),
        (Chapter(), "a chapter of the printed document"),
        (Figure(), "a figure"),
        (ColourInParentheses(), "a colour in a figure"),
        (QrCode(), "a QR code"),
        (ConversationCards(), "the printed conversation cards"),
    ];

    public static void Check(AreaFile file, string fileName, IReadOnlyDictionary<string, Source> sources, ContentErrors errors)
    {
        foreach (var item in file.Items.Where(item => !IsBotsOwn(item, sources)))
        {
            for (var index = 0; index < item.Body.Count; index++)
            {
                var listBelow = index + 1 < item.Body.Count && IsListOrShow(item.Body[index + 1]);
                foreach (var (text, at) in Texts(item.Body[index]).Where(text => !string.IsNullOrWhiteSpace(text.Text)))
                {
                    Report(text!, at, item.Id, fileName, errors, listBelow);
                }
            }
        }
    }

    private static void Report(string text, Location at, string? itemId, string file, ContentErrors errors, bool listBelow)
    {
        foreach (var (pattern, what) in Pointers)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                errors.Add(file, at, Message(itemId, match.Value, what));
            }
        }

        if (!listBelow && Below().Match(text) is { Success: true } below)
        {
            errors.Add(file, at, Message(itemId, below.Value, "text below it, and the next block is no list, table or 'show:'"));
        }
    }

    private static string Message(string? itemId, string found, string what) =>
        $"item '{itemId}': \"{found}\" points at {what}, which a card cannot show; remove it, or say where to look in a '- note:'";

    private static bool IsBotsOwn(ItemDoc item, IReadOnlyDictionary<string, Source> sources) =>
        item.Source?.Doc is { } doc && sources.TryGetValue(doc, out var source) && source.IsBotsOwn;

    private static bool IsListOrShow(BlockDoc block) =>
        block.Bullets is not null || block.Steps is not null || block.Questions is not null || block.Table is not null || block.Checklist is not null || block.Show is not null;

    // Every text of a block that is the source's words, with where it stands; notes and shows are the bot's.
    private static IEnumerable<(string? Text, Location At)> Texts(BlockDoc block)
    {
        yield return (block.Text, block.At("text"));
        yield return (block.Heading, block.At("heading"));
        if (block.Quote is { } quote)
        {
            yield return (quote.Text, quote.At("text"));
        }

        foreach (var entry in new[] { block.Bullets, block.Steps, block.Questions, block.Checklist?.Items }.OfType<List<EntryDoc>>().SelectMany(list => list))
        {
            yield return (entry.Text, entry.Location);
        }

        if (block.Checklist is { } checklist)
        {
            yield return (checklist.Title, checklist.At("title"));
        }

        if (block.Table is { } table)
        {
            foreach (var cell in table.Columns.Concat(table.Rows.SelectMany(row => row)))
            {
                yield return (cell, table.At("rows"));
            }
        }
    }

    [GeneratedRegex(@"\b(?:sider?\s+\d+|(?:næste|følgende)\s+sider?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\b(?:(?:dette|næste|forrige)\s+kapitel|kapitel\s+\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chapter();

    [GeneratedRegex(@"\bfigur(?:en|er|erne)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\((?:orange|rød|gul|grøn|blå|lilla|grå|sort|hvid)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColourInParentheses();

    [GeneratedRegex(@"\bQR-?\s?kode", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QrCode();

    [GeneratedRegex(@"\bsamtalekort", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConversationCards();

    [GeneratedRegex(@"\b(?:nedenstående|herunder ses)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Below();
}
