namespace Guidebot.Knowledge.Tests.Support;

/// <summary>
/// Finds ../shared/ beside the repository. It exists on developers' machines and in CI, not in a user's
/// clone: tests that need it call <see cref="Require"/>, which skips them cleanly when it is absent.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string?> Location = new(Find);

    public static string? Path => Location.Value;

    public static string Require(params string[] relative)
    {
        Skip.If(Path is null, "../shared/ is not beside this repository (it is only on the team's machines and in CI).");
        var full = System.IO.Path.Combine([Path!, .. relative]);
        Skip.IfNot(File.Exists(full) || Directory.Exists(full), $"../shared/{string.Join('/', relative)} is missing.");
        return full;
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Guidebot.sln")))
            {
                var shared = System.IO.Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? System.IO.Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}
