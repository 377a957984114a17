using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Tests.Search;

/// <summary>A tiny guide made in code, so a search test states exactly what the index holds.</summary>
public static class SyntheticGuide
{
    private static readonly Source Doc = new("doc", "Et dokument", IsBotsOwn: false);
    private static readonly Source Bot = new("guidebot", "Guidebots egen formulering", IsBotsOwn: true);

    public static Guide Of(params (string Id, string Title, string Body)[] items) =>
        Of([.. items.Select(i => Item(i.Id, i.Title, i.Body))]);

    public static Guide Of(params Item[] items) =>
        new(
            [new Area("test", "Testområde", "Kort.", items)],
            new Dictionary<string, Source> { [Doc.Id] = Doc, [Bot.Id] = Bot });

    /// <summary>A source item with one paragraph and, optionally, keywords.</summary>
    public static Item Item(string id, string title, string body, params string[] keywords) =>
        Item(id, title, keywords, new Paragraph(body));

    /// <summary>A source item with the given blocks.</summary>
    public static Item Item(string id, string title, IReadOnlyList<string> keywords, params Block[] body) =>
        new(id, "test", title, new SourceReference(Doc, "kap. 1"), body, keywords, []);

    /// <summary>One of the bot's own cards that shows source items, as a situation does.</summary>
    public static Item WayIn(string id, string title, IReadOnlyList<string> keywords, params Item[] shown) =>
        new(id, "test", title, new SourceReference(Bot, null), [new Note("Kortene herunder hjælper."), new Show([.. shown.Select(s => new ContentPart(s))])], keywords, []);
}
