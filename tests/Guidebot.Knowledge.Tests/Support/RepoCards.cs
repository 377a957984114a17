using Guidebot.Knowledge.Loading;

namespace Guidebot.Knowledge.Tests.Support;

/// <summary>The repository's own cards/ folder, copied beside the test assembly and loaded once.</summary>
public static class RepoCards
{
    private static readonly Lazy<Guide> Loaded = new(() => GuideLoader.Load(Path));

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "cards");

    public static Guide Guide => Loaded.Value;

    public static Area Area(string id) =>
        Guide.FindArea(id) ?? throw new InvalidOperationException($"cards/ has no area '{id}'.");
}
