using System.Text.RegularExpressions;

namespace Guidebot.Knowledge.Tests.Coverage;

/// <summary>Råderummet: the ten guidelines, each one card with its text, between the introduction and the closing sentence.</summary>
public sealed partial class RaaderumCoverageTests
{
    private static readonly Area Area = RepoCards.Area("raaderum");

    [Fact]
    public void Raaderum_HasExactlyTenGuidelinesInOrder_BetweenIntroductionAndClosing()
    {
        string[] expected = ["raaderum-intro", .. Enumerable.Range(1, 10).Select(n => $"raaderum-{n}"), "raaderum-afslutning"];

        Assert.Equal(expected, Area.Items.Select(i => i.Id));
        Assert.All(Area.Items, item => Assert.Single(item.Body.OfType<Paragraph>()));
    }

    [SkippableFact]
    public void Raaderum_AsManyGuidelinesAsTheSourceNumbers()
    {
        var numbered = SourceSeeds.For("raaderum").Lines.Count(line => GuidelineHeading().IsMatch(line));

        Assert.Equal(numbered, Area.Items.Count(i => char.IsDigit(i.Id[^1])));
    }

    [GeneratedRegex(@"^\d+\. \S")]
    private static partial Regex GuidelineHeading();
}
