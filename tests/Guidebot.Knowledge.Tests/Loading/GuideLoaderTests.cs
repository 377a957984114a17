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
            b => Assert.Equal("Punkt", Assert.IsType<Content.Checklist>(b).Entries[0].Text));
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
    public void Load_UnknownField_KeepsTheRestOfTheFileSoLinksToItStillWork()
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
        File.WriteAllText(Path.Combine(_root, GuideLoader.AreasFolderName, "b.yaml"), """
            area: { id: b, title: Andet, summary: Kort., order: 2 }
            items:
              - id: b-1
                title: Anden
                source: { doc: doc, section: kap. 2 }
                related: [a-1]
                body: [{ text: y }]
            """);

        var error = Assert.Single(LoadErrors());
        Assert.Equal("areas/a.yaml:5:5: unknown field 'colour'; allowed here: id, title, source, keywords, related, body", error.ToString());
    }

    [Fact]
    public void Load_MisspeltField_SuggestsTheRightOne()
    {
        Write("a.yaml", Area("a", "a-1").Replace("    body:", "    boddy:", StringComparison.Ordinal));

        Assert.Contains(LoadErrors(), error => error.Message.StartsWith("unknown field 'boddy' (did you mean 'body'?)", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_RelatedToMisspeltItem_PointsAtTheIdAndSuggestsTheRightOne()
    {
        Write("a.yaml", """
            area: { id: a, title: Område, summary: Kort., order: 1 }
            items:
              - id: motivation-jobvejen
                title: Første
                source: { doc: doc, section: kap. 1 }
                body: [{ text: x }]
              - id: a-2
                title: Anden
                source: { doc: doc, section: kap. 1 }
                related: [motivation-jobvejen, motivation-jobvejn]
                body: [{ text: y }]
            """);

        Assert.Equal(
            "areas/a.yaml:10:36: item 'a-2': related: no item 'motivation-jobvejn' (did you mean 'motivation-jobvejen'?)",
            Assert.Single(LoadErrors()).ToString());
    }

    [Fact]
    public void Load_AnchorsNoteAndShow_ResolveThePartsShown()
    {
        Write("a.yaml", """
            area: { id: a, title: Område, summary: Kort., order: 1 }
            items:
              - id: a-1
                title: Kilden
                source: { doc: doc, section: kap. 1 }
                body:
                  - { id: indledning, text: Et afsnit. }
                  - bullets: [Første punkt, { id: vigtigt, text: Andet punkt }]
              - id: a-2
                title: Situationen
                source: { doc: guidebot }
                body:
                  - note: Guidebots egne ord.
                  - show: [a-1, a-1#vigtigt, a-1#indledning]
            """);

        var guide = GuideLoader.Load(_root);

        var body = guide.FindItem("a-2")!.Body;
        Assert.Equal("Guidebots egne ord.", Assert.IsType<Content.Note>(body[0]).Text);
        var parts = Assert.IsType<Content.Show>(body[1]).Parts;
        Assert.Equal(guide.FindItem("a-1")!.Body, parts[0].Blocks);
        Assert.Equal(["Andet punkt"], Assert.IsType<Content.BulletList>(Assert.Single(parts[1].Blocks)).Texts);
        Assert.Equal("Et afsnit.", Assert.IsType<Content.Paragraph>(Assert.Single(parts[2].Blocks)).Text);
    }

    [Theory]
    [InlineData("show: [a-1#vigtig]", "areas/a.yaml:11:16: item 'a-2': show: item 'a-1' has no anchor 'vigtig' (did you mean 'vigtigt'?)")]
    [InlineData("show: [a-3]", "areas/a.yaml:11:16: item 'a-2': show: no item 'a-3' (did you mean 'a-1'?)")]
    [InlineData("show: [a-2]", "areas/a.yaml:11:16: item 'a-2': show: 'a-2' shows other items itself; point at the items it shows")]
    public void Load_BrokenShow_PointsAtTheReference(string show, string expected)
    {
        Write("a.yaml", $$"""
            area: { id: a, title: Område, summary: Kort., order: 1 }
            items:
              - id: a-1
                title: Kilden
                source: { doc: doc, section: kap. 1 }
                body: [{ bullets: [{ id: vigtigt, text: Et punkt }] }]
              - id: a-2
                title: Situationen
                source: { doc: guidebot }
                body:
                  - {{show}}
            """);

        Assert.Equal(expected, Assert.Single(LoadErrors()).ToString());
    }

    [Fact]
    public void Load_SameAnchorTwiceInAnItem_IsAnError()
    {
        Write("a.yaml", Area("a", "a-1").Replace("body: [{ text: x }]", "body: [{ id: x, text: x }, { bullets: [{ id: x, text: y }] }]", StringComparison.Ordinal));

        Assert.Contains("id 'x' is used twice in this item", Assert.Single(LoadErrors()).Message, StringComparison.Ordinal);
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
    [InlineData("related: [nowhere]", "item 'a-1': related: no item 'nowhere'")]
    [InlineData("title: \" \"", "title of item 'a-1' is empty")]
    [InlineData("source: { doc: missing, section: x }", "source: no document 'missing' in sources.yaml")]
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
