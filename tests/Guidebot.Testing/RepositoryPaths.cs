namespace Guidebot.Testing;

/// <summary>
/// Finds the repository from a test assembly (the folder holding Guidebot.sln, walking up from the
/// assembly) and the folders beside it that tests use.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootLocation = new(FindRoot);

    /// <summary>The repository root: the folder holding Guidebot.sln.</summary>
    public static string Root => RootLocation.Value;

    /// <summary>tests/tools: the Node validators and their package.json.</summary>
    public static string Tools => Path.Combine(Root, "tests", "tools");

    /// <summary>
    /// The official Adaptive Card 1.5 schema in ../shared/schemas beside the repository, or null where
    /// ../shared is absent (it is on the team's machines and in CI, not in every clone).
    /// </summary>
    public static string? AdaptiveCardSchema
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "adaptive-card-1.5.json"));
            return File.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Guidebot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Guidebot.sln above {AppContext.BaseDirectory}: tests must run from inside the repository.");
    }
}
