using System.Globalization;
using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>What holds for every area drawn from the sources: menu order and labels, and a source line a consultant can look up.</summary>
public sealed partial class GuideCoverageTests
{
    /// <summary>The source areas in menu order (situation cards, the bot's own, come first) and the document each cites.</summary>
    private static readonly (string Area, string Document)[] SourceAreas =
    [
        ("raaderum", "raaderum"),
        ("spoergeteknik", "cabi"),
        ("motivation", "cabi"),
        ("step-up", "fsm2"),
        ("skaanehensyn", "cabi"),
        ("virksomheder", "cabi"),
        ("praktik", "cabi"),
        ("flere-skal-med", "fsm2"),
        ("skriftlighed", "cabi"),
        ("kompetencefelter", "faglighed"),
    ];

    /// <summary>Documents whose page numbers the team has established from the seeds; every item citing them names its pages.</summary>
    private static readonly string[] PagedDocuments = ["fsm2", "faglighed"];

    public static TheoryData<string, string> Areas
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (area, document) in SourceAreas)
            {
                data.Add(area, document);
            }

            return data;
        }
    }

    [Fact]
    public void Menu_SourceAreasInOrder_StepUpRightAfterMotivation()
    {
        var ids = SourceAreas.Select(a => a.Area).ToHashSet();

        Assert.Equal(SourceAreas.Select(a => a.Area), RepoCards.Guide.Areas.Select(a => a.Id).Where(ids.Contains));
    }

    [Fact]
    public void Menu_Labels_SayOgNotAmpersand()
    {
        Assert.All(RepoCards.Guide.Areas, area => Assert.DoesNotContain("&", area.Title, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Items_NamedAfterTheArea_CiteItsDocumentWithASection(string areaId, string documentId)
    {
        Assert.All(RepoCards.Area(areaId).Items, item =>
        {
            Assert.StartsWith($"{areaId}-", item.Id, StringComparison.Ordinal);
            Assert.Equal(documentId, item.Source.Document.Id);
            Assert.False(string.IsNullOrWhiteSpace(item.Source.Section), item.Id);
        });
    }

    [Fact]
    public void Items_FromAPagedDocument_CiteTheirPages()
    {
        Assert.All(RepoCards.Guide.Items.Where(i => PagedDocuments.Contains(i.Source.Document.Id)), item =>
            Assert.True(item.Source.Pages is not null, $"{item.Id} has no pages"));
    }

    [Fact]
    public void Pages_AreAPageOrAnAscendingRange()
    {
        Assert.All(RepoCards.Guide.Items.Where(i => i.Source.Pages is not null), item =>
        {
            var match = PageRange().Match(item.Source.Pages!);
            Assert.True(match.Success, $"{item.Id}: pages '{item.Source.Pages}'");
            Assert.True(!match.Groups[2].Success || int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) < int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), item.Id);
        });
    }

    [GeneratedRegex(@"^(\d+)(?:-(\d+))?$")]
    private static partial Regex PageRange();
}
