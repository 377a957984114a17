namespace Guidebot.Knowledge.Tests.Coverage;

public sealed class RaaderumCoverageTests
{
    private static readonly Area Area = RepoCards.Area("raaderum");

    [Fact]
    public void Raaderum_HasExactlyTenGuidelinesInOrder()
    {
        var guidelines = Area.Items.Where(i => i.Id.Length > "raaderum-".Length && char.IsDigit(i.Id["raaderum-".Length])).ToList();

        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"raaderum-{n}"), guidelines.Select(g => g.Id));
    }

    [SkippableFact]
    public void Raaderum_EveryTitleAndTextIsInTheSource()
    {
        var seed = SeedText.Load(SeedText.Raaderum);

        Assert.All(Area.Items.Where(i => i.Id != "raaderum-afslutning"), item => Assert.True(seed.Contains(item.Title), item.Id));
        Assert.All(
            Area.Items.SelectMany(i => i.Body).OfType<Paragraph>(),
            p => Assert.True(seed.Contains(p.Text), p.Text));
    }

    [SkippableFact]
    public void Raaderum_SourceGuidelineTitles_AllPresent()
    {
        var source = File.ReadAllLines(SharedFolder.Require("seeds", SeedText.Raaderum));
        var titles = source.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. ")).Select(l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim());

        Assert.Equal(titles, Area.Items.Where(i => i.Id is not ("raaderum-intro" or "raaderum-afslutning")).Select(i => i.Title));
    }
}
