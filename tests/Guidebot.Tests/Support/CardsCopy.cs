using Guidebot.Testing;

namespace Guidebot.Tests.Support;

/// <summary>A throw-away copy of the repository's cards/, for tests that edit content as an editor would.</summary>
public sealed class CardsCopy : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("guidebot-content-").FullName;

    public CardsCopy()
    {
        var source = System.IO.Path.Combine(RepositoryPaths.Root, "cards");
        foreach (var file in Directory.GetFiles(source, "*.yaml", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The copy's cards/ folder.</summary>
    public string Path => System.IO.Path.Combine(_root, "cards");

    /// <summary>Replaces <paramref name="from"/> (which must occur) by <paramref name="to"/> in one file of the copy.</summary>
    public void Edit(string file, string from, string to)
    {
        var path = System.IO.Path.Combine(Path, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Where <paramref name="text"/> first stands in a file of the copy, as an error names it: line and column, 1-based.</summary>
    public (int Line, int Column) Find(string file, string text)
    {
        var lines = File.ReadAllLines(System.IO.Path.Combine(Path, file));
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(line >= 0, $"{file} has no '{text}'");
        return (line + 1, lines[line].IndexOf(text, StringComparison.Ordinal) + 1);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
