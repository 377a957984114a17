using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tests.Loading;

public sealed class GuideLoaderTests : IDisposable
{
    private const string Sources = """
        sources:
          - id: doc
            title: Et dokument
          - id: guidebot
            title: Guidebots egen formulering
            own: true
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("guidebot-cards-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Load_ValidArea_BuildsItemsWithBlocksAndSource()
    {
        Write("a.yaml", """
            area: { id: a, title: Område, summary: Kort. , order: 1 }
            items:
              - id: a-1
                title: Første
                source: { doc: doc, section: kap. 1 }
                keywords: [nøgle]
                related: [a-2]
                body:
                  - text: Et afsnit.
                  - table: { columns: [Fra, Til], rows: [[x, y]] }
                  - checklist: { id: liste, items: [{ id: en, text: Punkt }] }
              - id: a-2
                title: Anden
                source: { doc: guidebot }
                body:
                  - questions: [Hvad så?]
            """);

        var guide = GuideLoader.Load(_root);

        var item = guide.FindItem("a-1")!;
        Assert.Equal("Et dokument, kap. 1", item.Source.ToString());
        Assert.Collection(
            item.Body,
            b => Assert.Equal("Et afsnit.", Assert.IsType<Content.Paragraph>(b).Text),
            b => Assert.Equal(["x", "y"], Assert.IsType<Content.Table>(b).Rows[0]),
            b => Assert.Equal("Punkt", Assert.IsType<Content.Checklist>(b).Items[0].Text));
        Assert.True(guide.FindItem("a-2")!.Source.Document.IsBotsOwn);
    }

    [Fact]
    public void Load_UnknownField_ReportsFileAndLine()
    {
        Write("a.yaml", """
            area: { id: a, title: Område, summary: Kort., order: 1 }
            items:
              - id: a-1
                title: Første
                colour: red
                source: { doc: doc, section: kap. 1 }
                body: [{ text: x }]
            """);

        var error = Assert.Single(LoadErrors());
        Assert.Equal(("areas/a.yaml", 5), (error.File, error.Line));
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateIdAcrossFiles_ReportsSecondPlace()
    {
        Write("a.yaml", Area("a", "x-1"));
        Write("b.yaml", Area("b", "x-1"));

        var error = Assert.Single(LoadErrors());
        Assert.Equal("areas/b.yaml", error.File);
        Assert.Contains("duplicate item id 'x-1' (first at areas/a.yaml:3)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("related: [nowhere]", "related to 'nowhere', which does not exist")]
    [InlineData("title: \" \"", "title of item 'a-1' is empty")]
    [InlineData("source: { doc: missing, section: x }", "unknown source 'missing'")]
    [InlineData("source: { doc: doc }", "needs the section of 'doc'")]
    [InlineData("body: [{ text: x, bullets: [y] }]", "more than one kind")]
    [InlineData("body: [{ table: { columns: [a, b], rows: [[x]] } }]", "every table row needs 2 non-empty cells")]
    public void Load_BrokenItem_ReportsWhatIsWrong(string replacement, string expected)
    {
        var key = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var lines = Area("a", "a-1").Split('\n').Select(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal)
            ? "    " + replacement
            : l);
        Write("a.yaml", string.Join('\n', lines.Concat(key == "related" ? ["    " + replacement] : [])));

        var error = Assert.Single(LoadErrors());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Load_MissingSource_IsAnError()
    {
        Write("a.yaml", """
            area: { id: a, title: Område, summary: Kort., order: 1 }
            items:
              - id: a-1
                title: Første
                body: [{ text: x }]
            """);

        Assert.Contains("has no source", Assert.Single(LoadErrors()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BrokenYaml_ReportsLine()
    {
        Write("a.yaml", "area: { id: a\nitems: [");

        var error = Assert.Single(LoadErrors());
        Assert.Equal("areas/a.yaml", error.File);
        Assert.True(error.Line > 0);
    }

    private static string Area(string areaId, string itemId) => $"""
        area: {"{"} id: {areaId}, title: Område, summary: Kort., order: 1 {"}"}
        items:
          - id: {itemId}
            title: Første
            source: {"{"} doc: doc, section: kap. 1 {"}"}
            body: [{"{"} text: x {"}"}]
        """;

    private IReadOnlyList<ContentError> LoadErrors() =>
        Assert.Throws<ContentValidationException>(() => GuideLoader.Load(_root)).Errors;

    private void Write(string areaFile, string yaml)
    {
        File.WriteAllText(Path.Combine(_root, GuideLoader.SourcesFileName), Sources);
        Directory.CreateDirectory(Path.Combine(_root, GuideLoader.AreasFolderName));
        File.WriteAllText(Path.Combine(_root, GuideLoader.AreasFolderName, areaFile), yaml);
    }
}
