using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tests.Loading;

/// <summary>cards/corrections.yaml is read strictly: each entry names a real document and item and says why, or the problem is reported where it stands.</summary>
public sealed class CorrectionsLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("guidebot-corrections-").FullName;

    public CorrectionsLoaderTests()
    {
        File.WriteAllText(Path.Combine(_root, GuideLoader.SourcesFileName), """
            sources:
              - id: doc
                title: Et dokument
              - id: andet
                title: Et andet dokument
              - id: guidebot
                title: Guidebots egen formulering
                own: true
            """);
        Directory.CreateDirectory(Path.Combine(_root, GuideLoader.AreasFolderName));
        File.WriteAllText(Path.Combine(_root, GuideLoader.AreasFolderName, "a.yaml"), """
            area: { id: a, title: Område, summary: Kort., order: 1 }
            items:
              - id: a-1
                title: Første
                source: { doc: doc, section: kap. 1 }
                body: [{ text: "Mødedeltagerne skal forberede sig." }]
              - id: a-2
                title: Anden
                source: { doc: guidebot }
                body: [{ text: x }]
            """);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Load_ValidFile_ReturnsTheChangesAndTheOwnWording()
    {
        Write("""
            corrections:
              - doc: doc
                item: a-1
                source: "forbedre sig"
                corrected: "forberede sig"
                reason: "Tastefejl, der vender meningen."
            ownWording:
              - { item: a-1, text: Første, reason: "Kilden har ingen overskrift her." }
            """);

        var corrections = CorrectionsLoader.Load(_root, GuideLoader.Load(_root));

        Assert.Equal(new Correction("doc", "a-1", "forbedre sig", "forberede sig", "Tastefejl, der vender meningen."), Assert.Single(corrections.Changes));
        Assert.Equal(new OwnWording("a-1", "Første", "Kilden har ingen overskrift her."), Assert.Single(corrections.OwnWording));
    }

    [Fact]
    public void Load_UnknownItem_ReportsItWithTheClosestId()
    {
        Write("""
            corrections:
              - doc: doc
                item: a-11
                source: "forbedre sig"
                corrected: "forberede sig"
                reason: "Tastefejl."
            """);

        Assert.Equal("corrections.yaml:3:11: item: no item 'a-11' (did you mean 'a-1'?)", Assert.Single(LoadErrors()).ToString());
    }

    [Fact]
    public void Load_UnknownOrOwnDocument_IsReported()
    {
        Write("""
            corrections:
              - { doc: dok, item: a-1, source: a, corrected: b, reason: c }
              - { doc: guidebot, item: a-1, source: a, corrected: b, reason: c }
            """);

        Assert.Equal(
            ["corrections.yaml:2:7: no source document 'dok' in sources.yaml (did you mean 'doc'?)", "corrections.yaml:3:7: no source document 'guidebot' in sources.yaml"],
            LoadErrors().Select(e => e.ToString()));
    }

    [Fact]
    public void Load_DocumentOtherThanTheItemsSource_IsReported()
    {
        Write("""
            corrections:
              - { doc: andet, item: a-1, source: a, corrected: b, reason: c }
            """);

        Assert.Contains("item 'a-1' comes from 'doc', not 'andet'", Assert.Single(LoadErrors()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyReasonOrNoChange_IsReportedAtTheField()
    {
        Write("""
            corrections:
              - doc: doc
                item: a-1
                source: "forbedre sig"
                corrected: "forbedre sig"
                reason: ""
            """);

        Assert.Equal(
            ["corrections.yaml:6:5: 'reason:' is empty"],
            LoadErrors().Select(e => e.ToString()));
    }

    [Fact]
    public void Load_CorrectedEqualsSource_IsReported()
    {
        Write("""
            corrections:
              - { doc: doc, item: a-1, source: "forbedre sig", corrected: "forbedre sig", reason: c }
            """);

        Assert.Contains("'corrected' equals 'source'", Assert.Single(LoadErrors()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OwnWordingOfTheBotsOwnItem_IsReported()
    {
        Write("""
            ownWording:
              - { item: a-2, text: Anden, reason: x }
            """);

        Assert.Contains("item 'a-2' is the bot's own already", Assert.Single(LoadErrors()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownField_ReportsItWhereItStands()
    {
        Write("""
            corrections:
              - { doc: doc, item: a-1, source: a, corected: b, reason: c }
            """);

        Assert.Contains(LoadErrors(), e => e.Line == 2 && e.Message.StartsWith("unknown field 'corected' (did you mean 'corrected'?)", StringComparison.Ordinal));
    }

    private IReadOnlyList<ContentError> LoadErrors()
    {
        var guide = GuideLoader.Load(_root);
        return Assert.Throws<ContentValidationException>(() => CorrectionsLoader.Load(_root, guide)).Errors;
    }

    private void Write(string yaml) => File.WriteAllText(Path.Combine(_root, CorrectionsLoader.FileName), yaml);
}
