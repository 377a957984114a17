using Guidebot.Knowledge.Content;

namespace Guidebot.Knowledge.Tests.Search;

/// <summary>A tiny guide made in code, so a search test states exactly what the index holds.</summary>
public static class SyntheticGuide
{
    private static readonly Source Doc = new("doc", "Et dokument", IsBotsOwn: false);

    public static Guide Of(params (string Id, string Title, string Body)[] items) =>
        new(
            [new Area("test", "Testområde", "Kort.", [.. items.Select(i => Item(i.Id, i.Title, i.Body))])],
            new Dictionary<string, Source> { [Doc.Id] = Doc });

    private static Item Item(string id, string title, string body) =>
        new(id, "test", title, new SourceReference(Doc, "kap. 1"), [new Paragraph(body)], [], []);
}
