using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tests.Loading;

/// <summary>Source text that points at a page, a figure, a chapter or text below that a card does not have is reported where it stands.</summary>
public sealed class DeadReferenceRuleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("guidebot-deadref-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("Har borger fået en step-up indsats (se side 8), tages der højde for aftalerne.", "side 8", "a page")]
    [InlineData("Til det kan I bruge jobvejen, vist på næste side.", "næste side", "a page")]
    [InlineData("På de følgende sider får du eksempler.", "følgende sider", "a page")]
    [InlineData("I dette kapitel får du værktøjer.", "dette kapitel", "a chapter")]
    [InlineData("Se evt. mere i kapitel 5 om hybridpraktikker.", "kapitel 5", "a chapter")]
    [InlineData("Figuren viser profilen.", "Figuren", "a figure")]
    [InlineData("Jens Jensens kompetencer (orange) og afdelingens.", "(orange)", "a colour")]
    [InlineData("Se webinaret via QR-koden.", "QR-kode", "a QR code")]
    [InlineData("Hent mere inspiration i vores samtalekort.", "samtalekort", "the printed conversation cards")]
    public void Load_SourceTextWithADeadPointer_ReportsItWithLineAndColumn(string text, string found, string what)
    {
        WriteItem($$"""
                  - text: "{{text}}"
            """);

        var error = Assert.Single(LoadErrors());

        Assert.Equal(("areas/a.yaml", 7, 9), (error.File, error.Line, error.Column));
        Assert.Contains($"item 'a-1': \"{found}\" points at {what}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeadPointerInAChecklistEntry_ReportsTheEntry()
    {
        WriteItem("""
                  - checklist:
                      id: liste
                      items:
                        - { id: en, text: "Punkt" }
                        - { id: to, text: "Se skabelonen på side 12" }
            """);

        var error = Assert.Single(LoadErrors());

        Assert.Equal("areas/a.yaml:11:15: item 'a-1': \"side 12\" points at a page of the printed document, which a card cannot show; remove it, or say where to look in a '- note:'", error.ToString());
    }

    [Fact]
    public void Load_BelowWithNothingBelow_IsReported()
    {
        WriteItem("""
                  - text: "Nedenstående er inspiration til spørgsmål:"
                  - text: "Borgerens netværk kan inddrages."
            """);

        Assert.Contains("\"Nedenstående\" points at text below it", Assert.Single(LoadErrors()).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("questions: [Hvad så?]")]
    [InlineData("show: [a-2]")]
    [InlineData("table: { columns: [Fra, Til], rows: [[x, y]] }")]
    public void Load_BelowFollowedByAListOrShow_IsFine(string next)
    {
        WriteItem($$"""
                  - text: "Nedenstående er inspiration til spørgsmål:"
                  - {{next}}
              - id: a-2
                title: Anden
                source: { doc: doc, section: kap. 1 }
                body: [{ questions: [Hvorfor?] }]
            """);

        GuideLoader.Load(_root);
    }

    [Fact]
    public void Load_DeadPointerInANoteOrTheBotsOwnItem_IsFine()
    {
        WriteItem("""
                  - note: "Kildens figur står på side 8."
              - id: a-2
                title: Anden
                source: { doc: guidebot }
                body: [{ text: "Se figuren i dette kapitel." }]
            """);

        GuideLoader.Load(_root);
    }

    [Theory]
    [InlineData("Se skabelon til step-up.")]
    [InlineData("Sidetallet er uden betydning, og figurativt talt er det gult.")]
    [InlineData("Herunder også at koordinere med andre parter.")]
    public void Load_OrdinaryText_IsFine(string text)
    {
        WriteItem($$"""
                  - text: "{{text}}"
            """);

        GuideLoader.Load(_root);
    }

    private IReadOnlyList<ContentError> LoadErrors() =>
        Assert.Throws<ContentValidationException>(() => GuideLoader.Load(_root)).Errors;

    /// <summary>Writes an area whose first item, 'a-1' from 'doc', has <paramref name="body"/> (its body entries, and any items after it).</summary>
    private void WriteItem(string body) => Write($$"""
        area: { id: a, title: Område, summary: Kort., order: 1 }
        items:
          - id: a-1
            title: Første
            source: { doc: doc, section: kap. 1 }
            body:
        {{body}}
        """);

    private void Write(string yaml)
    {
        File.WriteAllText(Path.Combine(_root, GuideLoader.SourcesFileName), """
            sources:
              - id: doc
                title: Et dokument
              - id: guidebot
                title: Guidebots egen formulering
                own: true
            """);
        Directory.CreateDirectory(Path.Combine(_root, GuideLoader.AreasFolderName));
        File.WriteAllText(Path.Combine(_root, GuideLoader.AreasFolderName, "a.yaml"), yaml);
    }
}
