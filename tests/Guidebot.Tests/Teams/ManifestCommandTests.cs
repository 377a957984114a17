using System.Text.Json;
using Guidebot.Testing;
using Guidebot.Testing.Turns;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Teams;

/// <summary>Every command the Teams app lists in manifest/manifest.json is understood when typed: its card, not a search answer.</summary>
public sealed class ManifestCommandTests
{
    public static TheoryData<string> Commands() => new(Titles());

    private static List<string> Titles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "manifest", "manifest.json")));
        return [.. manifest.RootElement.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray()
            .SelectMany(list => list.GetProperty("commands").EnumerateArray())
            .Select(command => command.GetProperty("title").GetString()!)];
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task TypedCommand_GetsItsCardNotASearchAnswer(string title)
    {
        var replies = await GuideTestAdapter.Create().ProcessAsync(TestActivities.Message(title));

        var text = string.Join('\n', replies.Select(r => r.AllText()));
        Assert.NotEmpty(replies);
        Assert.DoesNotContain("Bedste svar på:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jeg fandt ikke et godt svar", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_ListsTheCommandsTheIssueNames()
    {
        Assert.Equal(["menu", "hjælp", "råderum", "karl tomm", "step-up", "virksomhed", "onboarding"], Titles());
    }
}
