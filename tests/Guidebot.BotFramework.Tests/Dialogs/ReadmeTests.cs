using Guidebot.Testing;

namespace Guidebot.BotFramework.Tests.Dialogs;

public sealed class ReadmeTests
{
    private const string Begin = "// README example";
    private const string End = "// end of README example";

    [Fact]
    public void Readme_WritingADialog_ShowsTheCodeOfReadmeExampleTests()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "Guidebot.BotFramework.Tests", "Dialogs", "ReadmeExampleTests.cs"));

        var parts = Parts(source);

        Assert.Equal(2, parts.Count);
        Assert.All(parts, part => Assert.Contains(part, readme, StringComparison.Ordinal));
    }

    // Each run of lines between the markers, without the indentation it has in the test file.
    private static List<string> Parts(string[] lines)
    {
        var parts = new List<string>();
        List<string>? part = null;
        foreach (var line in lines)
        {
            if (line.Trim() == Begin)
            {
                part = [];
            }
            else if (line.Trim() == End && part is not null)
            {
                var indent = part.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
                parts.Add(string.Join('\n', part.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())));
                part = null;
            }
            else
            {
                part?.Add(line);
            }
        }

        return parts;
    }
}
